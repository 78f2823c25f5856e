package io.bilheteria.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeystrokeScanDetectorTest {
    private static final long MS = 1_000_000;
    private final List<String> scans = new ArrayList<>();
    private final KeystrokeScanDetector detector = new KeystrokeScanDetector(scans::add);
    private long now = 1_000 * MS;

    @Test
    void aFastBurstEndingInEnterIsAScan() {
        type("BT1.abc.1.x", 8);
        key('\r', 8);

        assertThat(scans).containsExactly("BT1.abc.1.x");
        assertThat(detector.inRun()).isFalse();
    }

    @Test
    void tabEndsAScanToo() {
        type("K7Q2AB", 5);
        key('\t', 5);

        assertThat(scans).containsExactly("K7Q2AB");
    }

    @Test
    void aScannerThatSendsNoEnterIsEndedByThePause() {
        type("BT1.abc.1.x", 8);
        assertThat(detector.deadline()).hasValue(now + 50 * MS + 1);

        detector.tick(now + 20 * MS);
        assertThat(scans).isEmpty();
        detector.tick(detector.deadline().getAsLong());

        assertThat(scans).containsExactly("BT1.abc.1.x");
        assertThat(detector.deadline()).isEmpty();
    }

    @Test
    void theNextKeyAfterAPauseAlsoEndsAScanWhoseTickCameLate() {
        type("BT1.abc.1.x", 8);
        key('a', 400);

        assertThat(scans).containsExactly("BT1.abc.1.x");
        assertThat(detector.inRun()).isTrue();
    }

    @Test
    void aPersonTypingIsNotAScanEvenWithEnter() {
        type("ana@example.com", 140);
        key('\r', 150);

        assertThat(scans).isEmpty();
    }

    @Test
    void aShortFastBurstIsNotAScan() {
        type("ab", 20);
        key('\r', 20);
        type("12345", 5);
        detector.tick(now + 100 * MS);

        assertThat(scans).isEmpty();
    }

    @Test
    void typingBeforeAScanDoesNotStickToIt() {
        type("oi", 200);
        key('X', 200);
        type("K7Q2AB", 10);
        key('\n', 10);

        assertThat(scans).containsExactly("XK7Q2AB");
    }

    @Test
    void aControlKeyBreaksTheRun() {
        type("BT1.a", 5);
        key('\b', 5);
        type("bc", 5);
        key('\r', 5);

        assertThat(scans).isEmpty();
    }

    @Test
    void gapAndLengthAreSettable() {
        KeystrokeScanDetector slow = new KeystrokeScanDetector(scans::add, Duration.ofMillis(120), 3);
        slow.key('a', 0);
        slow.key('b', 100 * MS);
        slow.key('c', 200 * MS);
        slow.key('\r', 300 * MS);

        assertThat(scans).containsExactly("abc");
    }

    private void type(String text, long gapMillis) {
        for (char c : text.toCharArray()) {
            key(c, gapMillis);
        }
    }

    private void key(char c, long afterMillis) {
        now += afterMillis * MS;
        detector.key(c, now);
    }
}
