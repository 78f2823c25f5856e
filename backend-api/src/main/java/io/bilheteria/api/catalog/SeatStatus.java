package io.bilheteria.api.catalog;

public enum SeatStatus {
    AVAILABLE, HELD, SOLD
}
