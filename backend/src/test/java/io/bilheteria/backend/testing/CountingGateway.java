package io.bilheteria.backend.testing;

import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.payments.SandboxAcquirer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox acquirer with a tally of every call the backend makes to it, declines
 * included (the sandbox itself counts approvals only). A proxy, so it keeps up with
 * whatever the {@link PaymentGateway} port grows.
 */
public final class CountingGateway implements InvocationHandler {
    private final SandboxAcquirer sandbox = new SandboxAcquirer(Clock.systemUTC());
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final PaymentGateway gateway = (PaymentGateway) Proxy.newProxyInstance(
            PaymentGateway.class.getClassLoader(), new Class<?>[] {PaymentGateway.class}, this);

    /** The gateway to start a backend with. */
    public PaymentGateway gateway() {
        return gateway;
    }

    public SandboxAcquirer sandbox() {
        return sandbox;
    }

    /** How many times the backend called {@code method} (e.g. "authorize"). */
    public int calls(String method) {
        AtomicInteger n = calls.get(method);
        return n == null ? 0 : n.get();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CountingGateway(" + calls + ")";
            };
        }
        calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
        try {
            return method.invoke(sandbox, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
