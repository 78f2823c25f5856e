package io.bilheteria.api.partners;

/** Straight rows, or rows bent on arcs around the stage. */
public enum RowShape {
    STRAIGHT, CURVED
}
