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
        // the real timer is what is tested; a pause of a second keeps a busy machine's stall between two keys
        // from ending the scan early
        try (TimedScanDetector detector = new TimedScanDetector(scans::add, Duration.ofSeconds(1), 6)) {
            for (char c : "BT1.abc.1.x".toCharArray()) {
                detector.key(c);
            }

            assertThat(scans.poll(5, TimeUnit.SECONDS)).isEqualTo("BT1.abc.1.x");
        }
    }
}
