package io.bilheteria.ui.start;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches an app's window from its main method. Where no window can be opened (a server
 * console, no DISPLAY, no graphics libraries) JavaFX throws out of the launch while the
 * bundled backend's threads keep the JVM running: the person at the terminal would see a
 * stack trace and a command that never returns. Here they get one plain line, the bundled
 * backend is stopped cleanly (a first start may be seeding its database) and the process
 * ends with {@link #NO_WINDOW}.
 */
public final class DesktopLaunch {
    /** The exit code when the app could not open its window. */
    public static final int NO_WINDOW = 3;
    private static final Logger log = LoggerFactory.getLogger(DesktopLaunch.class);

    private DesktopLaunch() {
    }

    /** Runs {@code app} until its window closes; {@code bundledBackend} may be null (a remote backend). */
    public static void launch(Class<? extends Application> app, String appName,
            CompletableFuture<? extends AutoCloseable> bundledBackend) {
        try {
            Application.launch(app);
        } catch (RuntimeException | LinkageError e) {
            String reason = reason(e);
            String hint;
            if (System.getenv("DISPLAY") == null) {
                hint = " DISPLAY is not set: start it on the computer's desktop, or set DISPLAY to a running X server.";
            } else if (reason.contains("GTK")) {
                hint = " JavaFX needs GTK 3 on Linux (Debian and Ubuntu: apt-get install libgtk-3-0).";
            } else {
                // Not a usual missing desktop: the log keeps the whole failure for whoever looks into it.
                log.error("{} did not open its window", appName, e);
                hint = "";
            }
            System.err.println(appName + " cannot open its window: " + reason + "." + hint);
            stop(bundledBackend);
            System.exit(NO_WINDOW);
        }
    }

    /** The innermost message, without its full stop: JavaFX wraps the toolkit's own reason ("Unable to open DISPLAY"). */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static void stop(CompletableFuture<? extends AutoCloseable> bundledBackend) {
        if (bundledBackend == null) {
            return;
        }
        try {
            bundledBackend.join().close();
        } catch (Exception e) {
            // It did not start, or would not close: there is nothing left of it to keep.
        }
    }
}
