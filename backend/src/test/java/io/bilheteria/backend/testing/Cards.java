package io.bilheteria.backend.testing;

import io.bilheteria.api.orders.Card;

/** The sandbox acquirer's test cards of API.md. */
public final class Cards {
    public static final Card APPROVED = new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123");
    public static final Card DECLINED = new Card("4000000000000002", "ANA SOUZA", 12, 2030, "123");
    public static final Card INSUFFICIENT_FUNDS = new Card("4000000000009995", "ANA SOUZA", 12, 2030, "123");
    public static final Card NOT_LUHN = new Card("4111111111111112", "ANA SOUZA", 12, 2030, "123");

    private Cards() {
    }
}
