package io.bilheteria.backend.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements PostgreSQL itself executed for connections opened with {@link #LOG_EVERY_STATEMENT}, read
 * from its server log: the count a database administrator would make with {@code log_statement=all}.
 * BEGIN, COMMIT and ROLLBACK are left out: they bound the work, they are not work.
 */
final class StatementLog {
    /** JDBC URL parameter that makes PostgreSQL log every statement of the connection (the user must be a superuser). */
    static final String LOG_EVERY_STATEMENT = "options=-c%20log_statement%3Dall";
    private static final Pattern STATEMENT = Pattern.compile(" LOG:  (?:statement|execute [^:]+): (.*)$");
    private static final Pattern PARAMETERS = Pattern.compile("\\$\\d+|'[^']*'|\\b\\d+\\b");
    private final Path file;
    private long mark;

    private StatementLog(Path file) {
        this.file = file;
    }

    /** Debian's log of the local cluster, or {@code -Dbench.pg.log}. */
    static StatementLog open(String postgresUrl) throws Exception {
        String configured = System.getProperty("bench.pg.log");
        Path file;
        if (configured != null) {
            file = Path.of(configured);
        } else {
            try (var connection = java.sql.DriverManager.getConnection(postgresUrl);
                 var statement = connection.createStatement();
                 var version = statement.executeQuery("SHOW server_version_num")) {
                version.next();
                file = Path.of("/var/log/postgresql/postgresql-" + version.getInt(1) / 10_000 + "-main.log");
            }
        }
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("PostgreSQL's log " + file + " cannot be read; give it with -Dbench.pg.log=");
        }
        return new StatementLog(file);
    }

    void mark() throws IOException {
        mark = Files.size(file);
    }

    /** Statements logged since {@link #mark()} for {@code database}, by their text with literals and parameters blanked. */
    Map<String, Integer> sinceMark(String database) throws IOException {
        byte[] bytes;
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            bytes = new byte[(int) (log.length() - mark)];
            log.seek(mark);
            log.readFully(bytes);
        }
        Map<String, Integer> counts = new TreeMap<>();
        String ours = "@" + database + " LOG:  ";
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher m = STATEMENT.matcher(line);
            if (!line.contains(ours) || !m.find()) {
                continue;
            }
            String sql = m.group(1).trim();
            String verb = sql.split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
            if (verb.equals("BEGIN") || verb.equals("COMMIT") || verb.equals("ROLLBACK")) {
                continue;
            }
            String shape = PARAMETERS.matcher(sql).replaceAll("?");
            counts.merge(shape.length() > 110 ? shape.substring(0, 110) + "..." : shape, 1, Integer::sum);
        }
        return counts;
    }
}
