package io.bilheteria.ui.sale;

/** Who is buying: a logged-in or newly registered customer, or a guest (with an email for the receipt, or none). */
public record Buyer(String customerId, String email) {
    public boolean guest() {
        return customerId == null;
    }
}
