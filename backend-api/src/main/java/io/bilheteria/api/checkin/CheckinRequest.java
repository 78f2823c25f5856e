package io.bilheteria.api.checkin;

public record CheckinRequest(String qr, String gateId) {
}
