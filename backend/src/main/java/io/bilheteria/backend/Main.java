package io.bilheteria.backend;

import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.storage.StoreRefusedException;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.backend.tickets.TicketKeyException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--db-pool N] [--demo] [--create-db] [--key-file PATH]}; the
 * environment variables {@code BILHETERIA_PORT}, {@code BILHETERIA_DB_URL} and
 * {@code BILHETERIA_DB_POOL} are the defaults the flags override. Prints {@code listening on port N} once serving.
 * The ticket signing key is sealed with {@code BILHETERIA_KEY_ENCRYPTION_KEY} (base64 of 32 bytes) or the key
 * file {@code --key-file} names (which wins); without either, a file beside the embedded H2 database.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        BackendConfig config;
        try {
            config = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--db-pool N] [--demo]"
                    + " [--create-db] [--key-file PATH]\n  the ticket signing key is sealed with " + KeyEncryption.ENVIRONMENT
                    + " (base64 of 32 bytes) or the --key-file; by default " + KeyEncryption.FILE_NAME
                    + " beside the H2 database (required for PostgreSQL)");
            System.exit(2);
            return;
        }
        BackendServer server;
        try {
            server = BackendServer.start(config);
        } catch (StoreRefusedException | TicketKeyException e) {
            // one line that says what to do, never a stack trace: the operator is at a console
            System.err.println("bilheteria: " + e.getMessage());
            System.exit(1);
            return;
        }
        // the contract promises this exact line on standard output, for scripts that start us on port 0
        System.out.println("listening on port " + server.port());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }

    static BackendConfig parse(String[] args, Map<String, String> env) {
        BackendConfig config = BackendConfig.defaults();
        if (env.get("BILHETERIA_PORT") != null) {
            config = config.withPort(port(env.get("BILHETERIA_PORT")));
        }
        String dbUrl = env.get("BILHETERIA_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            config = config.withDbUrl(dbUrl);
        }
        String pool = env.get("BILHETERIA_DB_POOL");
        if (pool != null && !pool.isBlank()) {
            config = config.withMaxPoolSize(poolSize(pool));
        }
        String kek = env.get(KeyEncryption.ENVIRONMENT);
        if (kek != null && !kek.isBlank()) {
            config = config.withKeyEncryption(KeyEncryption.fromValue(kek));
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> config = config.withPort(port(value(args, ++i, "--port")));
                case "--db" -> config = config.withDbUrl(value(args, ++i, "--db"));
                case "--db-pool" -> config = config.withMaxPoolSize(poolSize(value(args, ++i, "--db-pool")));
                case "--demo" -> config = config.withDemo(DemoData.Size.FULL);
                case "--create-db" -> config = config.withCreateDatabase(true);
                // the demo with a 600-seat stadium: quick to seed, for tests that start many processes
                case "--small-demo" -> config = config.withDemo(DemoData.Size.SMALL);
                case "--host" -> config = config.withHost(value(args, ++i, "--host"));
                case "--key-file" -> config = config.withKeyEncryption(
                        KeyEncryption.fromFile(Path.of(value(args, ++i, "--key-file"))));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return config;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int poolSize(String value) {
        return wholeNumber(value, 2, 1000, "database connections must be a whole number from 2 (the migrations "
                + "at start hold two at once) to 1000, not " + value);
    }

    private static int port(String value) {
        return wholeNumber(value, 0, 65535, "not a port: " + value);
    }

    private static int wholeNumber(String value, int min, int max, String complaint) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the complaint below says what was wanted
        }
        throw new IllegalArgumentException(complaint);
    }
}
