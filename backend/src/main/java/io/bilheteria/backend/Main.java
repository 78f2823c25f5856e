package io.bilheteria.backend;

import io.bilheteria.backend.demo.DemoData;
import java.util.Map;

/**
 * {@code java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--demo]}; the
 * environment variables {@code BILHETERIA_PORT} and {@code BILHETERIA_DB_URL} are the
 * defaults the flags override. Prints {@code listening on port N} once serving.
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
            System.err.println("usage: java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--demo]");
            System.exit(2);
            return;
        }
        BackendServer server = BackendServer.start(config);
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
        if (env.get("BILHETERIA_DB_URL") != null && !env.get("BILHETERIA_DB_URL").isBlank()) {
            config = config.withDbUrl(env.get("BILHETERIA_DB_URL"));
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> config = config.withPort(port(value(args, ++i, "--port")));
                case "--db" -> config = config.withDbUrl(value(args, ++i, "--db"));
                case "--demo" -> config = config.withDemo(DemoData.Size.FULL);
                case "--host" -> config = config.withHost(value(args, ++i, "--host"));
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

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }
}
