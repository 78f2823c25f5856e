package io.bilheteria.api.checkin;

public enum CheckinResultType {
    ACCEPTED, ALREADY_USED, REVOKED, INVALID
}
