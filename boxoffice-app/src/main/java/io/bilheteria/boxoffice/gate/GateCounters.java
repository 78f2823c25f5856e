package io.bilheteria.boxoffice.gate;

/**
 * This gate's shift in numbers: scans it admitted and refused, and tickets of the chosen
 * sessions that are valid and not used yet at any gate (as far as this gate knows).
 */
public record GateCounters(int admitted, int refused, int remaining) {
}
