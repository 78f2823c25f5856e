package io.bilheteria.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimedScanDetectorTest {

    @Test
    void itsTimerEndsAScanThatCameWithoutEnter() throws Exception {
        LinkedBlockingQueue<String> scans = new LinkedBlockingQueue<>();
        try (TimedScanDetector detector = new TimedScanDetector(scans::add, Duration.ofMillis(100), 6)) {
            for (char c : "BT1.abc.1.x".toCharArray()) {
                detector.key(c);
            }

            assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("BT1.abc.1.x");
        }
    }
}
