package io.bilheteria.backend.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server mail goes out through. Set by flags, by environment variables, or by a
 * properties file, the flag winning over the variable and the variable over the file; the
 * password only by variable or file, never on a command line others can list.
 *
 * <table>
 * <tr><th>file key</th><th>variable</th><th>flag</th></tr>
 * <tr><td>smtp.host</td><td>BILHETERIA_SMTP_HOST</td><td>--smtp-host</td></tr>
 * <tr><td>smtp.port</td><td>BILHETERIA_SMTP_PORT</td><td>--smtp-port</td></tr>
 * <tr><td>smtp.security</td><td>BILHETERIA_SMTP_SECURITY</td><td>--smtp-security (none, starttls, ssl)</td></tr>
 * <tr><td>smtp.user</td><td>BILHETERIA_SMTP_USER</td><td>--smtp-user</td></tr>
 * <tr><td>smtp.password</td><td>BILHETERIA_SMTP_PASSWORD</td><td></td></tr>
 * <tr><td>mail.from</td><td>BILHETERIA_MAIL_FROM</td><td>--mail-from</td></tr>
 * </table>
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from) {

    /** How the connection to the server is protected: STARTTLS is required, not merely tried, when asked for. */
    public enum Security {
        NONE, STARTTLS, SSL
    }

    public static final String DEFAULT_FROM = "Bilheteria <ingressos@bilheteria.local>";

    /** The keys of the properties file; the flags and variables are named after them. */
    public static final String HOST = "smtp.host";
    public static final String PORT = "smtp.port";
    public static final String SECURITY = "smtp.security";
    public static final String USER = "smtp.user";
    public static final String PASSWORD = "smtp.password";
    public static final String FROM = "mail.from";

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is required");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, not " + port);
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("an SMTP user needs a password and a password a user");
        }
    }

    /**
     * The settings from a properties file (may be absent), the environment and flags given as
     * file keys; empty when no SMTP host is set anywhere (mail is then written to files).
     */
    public static Optional<MailSettings> resolve(Optional<Path> file, Map<String, String> environment,
                                                 Map<String, String> flags) {
        Map<String, String> values = new HashMap<>(file.map(MailSettings::read).orElse(Map.of()));
        for (String key : new String[] {HOST, PORT, SECURITY, USER, PASSWORD, FROM}) {
            String fromEnvironment = environment.get(variable(key));
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(key, fromEnvironment);
            }
        }
        values.putAll(flags);
        String host = values.get(HOST);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        Security security = security(values.getOrDefault(SECURITY, "starttls"));
        int port = port(values.getOrDefault(PORT, security == Security.SSL ? "465" : "587"));
        return Optional.of(new MailSettings(host.strip(), port, security, values.get(USER), values.get(PASSWORD),
                values.getOrDefault(FROM, DEFAULT_FROM)));
    }

    /** The environment variable for a file key: {@code smtp.host} is {@code BILHETERIA_SMTP_HOST}. */
    public static String variable(String key) {
        return "BILHETERIA_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail settings file " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).strip()));
        return values;
    }

    private static Security security(String value) {
        try {
            return Security.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP security must be none, starttls or ssl, not '" + value + "'");
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the SMTP port must be a number, not '" + value + "'");
        }
    }

    /** For logs: never the password. */
    @Override
    public String toString() {
        return security.name().toLowerCase(Locale.ROOT) + "://" + (user == null ? "" : user + "@") + host + ":" + port;
    }
}
