package io.bilheteria.backend.testing;

/** The demo accounts of API.md. */
public final class DemoAccounts {
    public static final String CUSTOMER_EMAIL = "ana@example.com";

    private DemoAccounts() {
    }

    public static String password(String user) {
        return "demo-" + user;
    }
}
