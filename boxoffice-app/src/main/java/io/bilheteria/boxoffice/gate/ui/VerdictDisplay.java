package io.bilheteria.boxoffice.gate.ui;

/**
 * What a scanning station's verdict field shows (the gate's, the concession counter's): its
 * colour, the big word, the line under it and what staff do now. {@code clearsItself}: a verdict
 * gives way to "ready" after a while; "ready" itself, and a scan the station could not record
 * (nobody goes in, nothing is handed over until that is fixed), stay. {@code number} counts what
 * was shown, so the same verdict twice in a row is still shown twice (two sounds).
 */
public record VerdictDisplay(long number, VerdictTone tone, String headline, String detail, String note,
                             boolean clearsItself) {
}
