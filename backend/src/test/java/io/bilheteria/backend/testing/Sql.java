package io.bilheteria.backend.testing;

import java.util.List;

/** Looks straight into a test backend's database, for invariants the API does not show. */
public final class Sql {
    private Sql() {
    }

    /** A single number, such as a {@code COUNT(*)}; {@code ?} placeholders take {@code args} in order. */
    public static long number(TestBackend backend, String sql, Object... args) {
        return backend.server().services().tx().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    /** One text column of every row. */
    public static List<String> strings(TestBackend backend, String sql, Object... args) {
        return backend.server().services().tx().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(String.class).list();
        });
    }
}
