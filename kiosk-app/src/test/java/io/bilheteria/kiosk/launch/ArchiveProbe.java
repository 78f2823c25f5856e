package io.bilheteria.kiosk.launch;

/** The one class of the small jar that {@link StartupArchiveTest} archives and starts. */
public final class ArchiveProbe {
    private ArchiveProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe ran");
    }
}
