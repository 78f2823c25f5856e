package io.bilheteria.kiosk.shell;

/**
 * Every screen of the totem, in the order a purchase walks through them, then collecting an order bought
 * elsewhere (which prints on PRINTING too), then the service screens.
 */
public enum Place {
    ATTRACT, EVENTS, SESSIONS, SEATS, ADDONS, IDENTIFY, REVIEW, PAYMENT, PRINTING, DONE,
    COLLECT_CODE, COLLECT_BUYER, COLLECTED,
    OUT_OF_SERVICE, MAINTENANCE
}
