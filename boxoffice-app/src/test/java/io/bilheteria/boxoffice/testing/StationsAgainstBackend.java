package io.bilheteria.boxoffice.testing;

import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.offline.ScanningStation;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.offline.SyncState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of gates and concession counters against the real backend over HTTP: a fresh backend
 * with the small demo per test, tonight's theatre session, a folder for the stations' data, and
 * the stations the test opened closed after it.
 */
public abstract class StationsAgainstBackend {
    /** The tests sync by hand ({@link #sync}); the background tick is far away. */
    protected static final SyncSettings BY_HAND = SyncSettings.defaults().withSyncEvery(Duration.ofHours(1));

    @TempDir
    protected Path dir;
    protected LocalBackend backend;
    /** The first session of the demo theatre. */
    protected String session;
    /** Closed after the test; a test that closes one itself takes it out. */
    protected final List<ScanningStation<?, ?, ?>> opened = new ArrayList<>();

    @BeforeEach
    void startBackend() {
        backend = new LocalBackend();
        session = backend.theatreSessions().get(0);
    }

    @AfterEach
    void stop() {
        opened.forEach(ScanningStation::close);
        backend.close();
    }

    /** A sync now, waited for. */
    protected static SyncState sync(ScanningStation<?, ?, ?> station) throws Exception {
        return station.syncNow().get(30, TimeUnit.SECONDS);
    }
}
