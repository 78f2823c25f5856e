package io.bilheteria.api.partners;

/** How generated rows are named: A, B, ... (no I or O, then AA, AB...) or 1, 2, ... */
public enum RowLabels {
    LETTERS, NUMBERS
}
