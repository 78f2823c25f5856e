package io.bilheteria.api.reports;

/** The width of one point of a sales time series: an hour or a day. */
public enum SalesBucket {
    HOUR(3_600_000L), DAY(86_400_000L);

    private final long millis;

    SalesBucket(long millis) {
        this.millis = millis;
    }

    public long millis() {
        return millis;
    }
}
