package io.bilheteria.backend.common;

public final class PaymentDeclinedException extends DomainException {
    private final String reason;

    public PaymentDeclinedException(String reason, String detail) {
        super(Kind.PAYMENT_DECLINED, detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
