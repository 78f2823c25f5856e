package io.bilheteria.api.orders;

/** A card as typed or read; never stored or logged whole. */
public record Card(String number, String holder, int expMonth, int expYear, String cvv) {

    @Override
    public String toString() {
        return "Card[****]";
    }
}
