package io.bilheteria.ui.tasks;

/** Work that may block (a backend request, a print job) and so must not run on the FX thread. */
@FunctionalInterface
public interface BlockingCall<V> {
    V call() throws Exception;
}
