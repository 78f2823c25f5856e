package io.bilheteria.backend;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.TokenLifetimes;
import io.bilheteria.backend.backup.BackupSchedule;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.mail.MailSettings;
import io.bilheteria.backend.storage.StoreRefusedException;
import io.bilheteria.backend.tickets.KeyEncryption;
import io.bilheteria.backend.tickets.TicketKeyException;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--db-pool N] [--demo] [--create-db]
 * [--key-file PATH] [--token-lifetime ROLE=DURATION]... [--trusted-proxy ADDRESS]... [--backup-to DIR]}, or
 * {@code backup} / {@code restore} (see {@link BackupCommands}); the environment variables
 * {@code BILHETERIA_PORT}, {@code BILHETERIA_DB_URL}, {@code BILHETERIA_DB_POOL},
 * {@code BILHETERIA_TOKEN_LIFETIMES} ({@code customer=2h,admin=90m}) and
 * {@code BILHETERIA_TRUSTED_PROXIES} (comma-separated) are the defaults the flags override. Prints
 * {@code listening on port N} once serving.
 * The ticket signing key is sealed with {@code BILHETERIA_KEY_ENCRYPTION_KEY} (base64 of 32 bytes) or the key
 * file {@code --key-file} names (which wins); without either, a file beside the embedded H2 database.
 */
public final class Main {
    static final String USAGE = "usage: java -jar bilheteria-backend.jar [--port N] [--db JDBC_URL] [--db-pool N] "
            + "[--demo] [--create-db] [--key-file PATH] [--token-lifetime ROLE=DURATION]... [--trusted-proxy ADDRESS]...\n"
            + "  --create-db                   create the embedded database when it is not there (--demo does too)\n"
            + "  --key-file PATH               the key sealing the ticket signing key (or " + KeyEncryption.ENVIRONMENT
            + ",\n                                base64 of 32 bytes); by default " + KeyEncryption.FILE_NAME
            + " beside the H2 database or in ./data\n"
            + "  --token-lifetime customer=2h  how long a login lasts for a role (ROLE: admin, partner, cashier,\n"
            + "                                gate, kiosk, customer; DURATION: 90m, 12h); customers 2h, others 12h\n"
            + "  --trusted-proxy 10.0.0.5      a reverse proxy whose X-Forwarded-For names the client (login throttle)\n"
            + "  --smtp-host HOST --smtp-port N --smtp-security none|starttls|ssl --smtp-user NAME --mail-from ADDRESS\n"
            + "                                send mail through this SMTP server (password: BILHETERIA_SMTP_PASSWORD\n"
            + "                                or the file); without a host, mail is written as .eml files in data/mail\n"
            + "  --backup-to DIR [--backup-every 1h] [--backup-keep 24]\n"
            + "                                back the embedded database up into DIR while selling, keeping the newest\n"
            + "  java -jar bilheteria-backend.jar backup --to DIR [--db URL]     back up a database no backend has open\n"
            + "  java -jar bilheteria-backend.jar restore --from ZIP [--db URL] make the database from a backup\n"
            + "  --mail-config FILE            a properties file with smtp.host, smtp.port, smtp.security, smtp.user,\n"
            + "                                smtp.password, mail.from (the flags and variables win over it)\n"
            + "environment: BILHETERIA_PORT, BILHETERIA_DB_URL, BILHETERIA_DB_POOL, " + KeyEncryption.ENVIRONMENT + ", "
            + "BILHETERIA_TOKEN_LIFETIMES=customer=2h,kiosk=12h, BILHETERIA_TRUSTED_PROXIES=10.0.0.5,10.0.0.6, "
            + "BILHETERIA_SMTP_HOST, BILHETERIA_SMTP_PORT, BILHETERIA_SMTP_SECURITY, BILHETERIA_SMTP_USER, "
            + "BILHETERIA_SMTP_PASSWORD, BILHETERIA_MAIL_FROM, BILHETERIA_BACKUP_DIR";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(BackupCommands.run(args, System.getenv(), System.out, System.err));
            return;
        }
        BackendConfig config;
        try {
            config = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
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
        String lifetimes = env.get("BILHETERIA_TOKEN_LIFETIMES");
        if (lifetimes != null && !lifetimes.isBlank()) {
            config = config.withTokenLifetimes(tokenLifetimes(config.tokenLifetimes(), lifetimes));
        }
        String proxies = env.get("BILHETERIA_TRUSTED_PROXIES");
        if (proxies != null && !proxies.isBlank()) {
            config = config.withTrustedProxies(addresses(List.of(), proxies));
        }
        String backupDir = env.get("BILHETERIA_BACKUP_DIR");
        Duration backupEvery = null;
        Integer backupKeep = null;
        boolean proxiesFlagged = false;
        Map<String, String> mailFlags = new HashMap<>();
        Optional<Path> mailFile = Optional.empty();
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
                case "--token-lifetime" -> config = config.withTokenLifetimes(
                        tokenLifetimes(config.tokenLifetimes(), value(args, ++i, "--token-lifetime")));
                case "--trusted-proxy" -> {
                    // the flags replace the environment's list, and add up among themselves
                    config = config.withTrustedProxies(addresses(proxiesFlagged ? config.trustedProxies() : List.of(),
                            value(args, ++i, "--trusted-proxy")));
                    proxiesFlagged = true;
                }
                case "--smtp-host" -> mailFlags.put(MailSettings.HOST, value(args, ++i, "--smtp-host"));
                case "--smtp-port" -> mailFlags.put(MailSettings.PORT, value(args, ++i, "--smtp-port"));
                case "--smtp-security" -> mailFlags.put(MailSettings.SECURITY, value(args, ++i, "--smtp-security"));
                case "--smtp-user" -> mailFlags.put(MailSettings.USER, value(args, ++i, "--smtp-user"));
                case "--mail-from" -> mailFlags.put(MailSettings.FROM, value(args, ++i, "--mail-from"));
                case "--backup-to" -> backupDir = value(args, ++i, "--backup-to");
                case "--backup-every" -> {
                    String every = value(args, ++i, "--backup-every");
                    backupEvery = duration(every);
                    if (backupEvery == null) {
                        throw new IllegalArgumentException("backups are taken every DURATION such as 30m or 6h, "
                                + "from 1m to 30d, not " + every);
                    }
                }
                case "--backup-keep" -> backupKeep = wholeNumber(value(args, ++i, "--backup-keep"), 1, 10_000,
                        "--backup-keep is how many backups to keep, from 1 to 10000");
                case "--mail-config" -> mailFile = Optional.of(Path.of(value(args, ++i, "--mail-config")));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (backupDir != null && !backupDir.isBlank()) {
            BackupSchedule schedule = BackupSchedule.into(Path.of(backupDir));
            config = config.withBackups(schedule.withEvery(backupEvery != null ? backupEvery : schedule.every())
                    .withKeep(backupKeep != null ? backupKeep : schedule.keep()));
        } else if (backupEvery != null || backupKeep != null) {
            throw new IllegalArgumentException("--backup-every and --backup-keep go with --backup-to DIR");
        }
        try {
            Optional<MailSettings> mail = MailSettings.resolve(mailFile, env, mailFlags);
            if (mail.isPresent()) {
                config = config.withMail(mail.get());
            }
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return config;
    }

    /** {@code customer=2h,admin=90m}: each named role's lifetime replaced, the others kept. */
    private static TokenLifetimes tokenLifetimes(TokenLifetimes lifetimes, String text) {
        for (String item : text.split(",")) {
            String[] parts = item.strip().split("=", 2);
            Role role = parts.length == 2 ? role(parts[0].strip()) : null;
            Duration lifetime = parts.length == 2 ? duration(parts[1].strip()) : null;
            if (role == null || lifetime == null) {
                throw new IllegalArgumentException("a token lifetime is ROLE=DURATION such as customer=2h or "
                        + "admin=90m, from 1m to 30d, not " + item.strip());
            }
            lifetimes = lifetimes.with(role, lifetime);
        }
        return lifetimes;
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code 90m}, {@code 12h}, {@code 7d}: from a minute to 30 days; null otherwise. */
    private static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d{1,6})([mhd])").matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(30)) > 0 ? null : d;
    }

    /** {@code before} and the comma-separated IP address literals of {@code text}. */
    private static List<String> addresses(List<String> before, String text) {
        List<String> all = new ArrayList<>(before);
        for (String item : text.split(",")) {
            String address = item.strip();
            if (!address.matches("[0-9A-Fa-f.:]+") || !isAddress(address)) {
                throw new IllegalArgumentException("a trusted proxy is an IP address such as 10.0.0.5, not " + address);
            }
            all.add(address);
        }
        return all;
    }

    private static boolean isAddress(String literal) {
        try {
            InetAddress.getByName(literal); // a literal only (checked above): nothing is looked up
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static String value(String[] args, int i, String flag) {
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

    static int wholeNumber(String value, int min, int max, String complaint) {
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
