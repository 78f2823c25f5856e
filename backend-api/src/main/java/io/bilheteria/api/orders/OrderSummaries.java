package io.bilheteria.api.orders;

import java.util.List;

/** The orders found by e-mail or CPF, newest first, at most {@link #LIMIT}. */
public record OrderSummaries(List<OrderSummary> items) {
    public static final int LIMIT = 50;
}
