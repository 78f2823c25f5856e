package io.bilheteria.kiosk.shell;

/** Every screen of the totem, in the order a purchase walks through them, then the service screens. */
public enum Place {
    ATTRACT, EVENTS, SESSIONS, SEATS, ADDONS, IDENTIFY, REVIEW, PAYMENT, PRINTING, DONE,
    OUT_OF_SERVICE, MAINTENANCE
}
