package io.bilheteria.backend.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a call comes from, for the login throttle: the connection's remote address, or, when
 * that is a trusted reverse proxy, the nearest address in {@code X-Forwarded-For} that is not one
 * itself (a client can put anything in the header; only what the proxies appended is believed).
 * An IPv6 address counts by its /64 network, which one site holds whole.
 */
final class ClientAddresses {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private final Set<String> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddresses::normalized).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    String of(Context ctx) {
        String address = normalized(ctx.req().getRemoteAddr());
        if (address == null) {
            return "unknown";
        }
        if (trustedProxies.contains(address)) {
            List<String> forwarded = Collections.list(ctx.req().getHeaders(FORWARDED_FOR)).stream()
                    .flatMap(h -> Arrays.stream(h.split(",")))
                    .map(String::strip)
                    .toList();
            for (int i = forwarded.size() - 1; i >= 0 && trustedProxies.contains(address); i--) {
                String hop = normalized(forwarded.get(i));
                if (hop == null) {
                    break; // a proxy wrote something that is no address: keep the last one believed
                }
                address = hop;
            }
        }
        return networkOf(address);
    }

    /** An IP address literal in its canonical form, or null when {@code text} is none. */
    static String normalized(String text) {
        if (text == null || text.isBlank() || !text.matches("[0-9A-Fa-f.:\\[\\]]+")) {
            return null; // only literals: a host name would be looked up
        }
        try {
            return InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String networkOf(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                byte[] network = Arrays.copyOf(bytes, 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
