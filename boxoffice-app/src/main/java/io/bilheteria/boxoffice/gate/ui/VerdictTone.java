package io.bilheteria.boxoffice.gate.ui;

/**
 * The colour family of what the verdict field shows, and so its sound: green lets the person
 * in, red stops them, waiting is neither. Data, so the view model decides it without a node.
 */
public enum VerdictTone {
    WAITING, ACCEPTED, REFUSED
}
