package io.bilheteria.api.orders;

/**
 * Collecting an order's tickets at a kiosk: its code (typed, or scanned from the receipt's QR
 * code) and, as a second factor, the buyer's e-mail or CPF.
 */
public record CollectRequest(String code, String email, String cpf) {
}
