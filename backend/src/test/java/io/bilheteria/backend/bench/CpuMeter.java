package io.bilheteria.backend.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent on a run, split into the backend (this JVM less the load's own client
 * threads), the load's clients, and PostgreSQL's processes. Wall-clock rates on a shared
 * 2-core machine move with whatever else runs; CPU time per seat sold moves far less, so
 * it is what tells whether a change made the sale cheaper.
 */
final class CpuMeter {
    /** Linux's USER_HZ: /proc reports CPU times in these ticks. */
    private static final long TICKS_PER_SECOND = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * {@code jvmThreadTicks}: CPU ticks of each of this JVM's threads (JIT and GC included) by
     * name; {@code allocatedBytes}: what this JVM's live threads allocated so far;
     * {@code database}: PostgreSQL's own counters of work done, which no other load disturbs.
     */
    record Reading(long jvmNanos, long postgresNanos, java.util.Map<String, Long> jvmThreadTicks, long allocatedBytes,
                   DatabaseWork database) {
        Reading withDatabase(DatabaseWork later) {
            return new Reading(jvmNanos, postgresNanos, jvmThreadTicks, allocatedBytes, later);
        }
    }

    /** Commits, shared-buffer page reads and rows read, from pg_stat_database (zero on H2). */
    record DatabaseWork(long commits, long rollbacks, long bufferHits, long rowsRead) {
        static final DatabaseWork NONE = new DatabaseWork(0, 0, 0, 0);

        DatabaseWork minus(DatabaseWork before) {
            return new DatabaseWork(commits - before.commits, rollbacks - before.rollbacks,
                    bufferHits - before.bufferHits, rowsRead - before.rowsRead);
        }
    }

    /** Work counted between two readings, per 1,000 seats sold: unlike CPU time, the same whatever else runs. */
    static String workPerThousandSeats(Reading before, Reading after, int seats) {
        double k = seats / 1000.0;
        DatabaseWork db = after.database().minus(before.database());
        return String.format("work per 1,000 seats: backend JVM allocated %.0f MB; PostgreSQL %.0f commits, "
                        + "%.0f rollbacks, %.0f buffer hits, %.0f rows read",
                (after.allocatedBytes() - before.allocatedBytes()) / 1e6 / k, db.commits() / k, db.rollbacks() / k,
                db.bufferHits() / k, db.rowsRead() / k);
    }

    record Spent(double serverSeconds, double clientSeconds, double postgresSeconds) {
        String perThousandSeats(int seats) {
            double k = seats / 1000.0;
            return String.format("CPU s per 1,000 seats: backend %.2f, load clients %.2f, PostgreSQL %.2f, total %.2f",
                    serverSeconds / k, clientSeconds / k, postgresSeconds / k,
                    (serverSeconds + clientSeconds + postgresSeconds) / k);
        }
    }

    private CpuMeter() {
    }

    /**
     * A connection's title is "postgres: 15/main: USER DATABASE CLIENT STATE"; a background
     * process's names no database ("postgres: 15/main: walwriter"), the postmaster's is its command.
     */
    private static boolean forTheBenchmark(String cmdline) {
        String title = cmdline.replace('\0', ' ').trim();
        String[] words = title.split(" +");
        boolean connection = title.startsWith("postgres: ") && words.length >= 5
                && (words[4].startsWith("127.") || words[4].startsWith("[") || words[4].equals("[local]"));
        return !connection || words[3].equals(StadiumSellOut.BENCH_DATABASE);
    }

    static Reading read(String postgresUrl) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) THREADS;
        long allocated = java.util.stream.LongStream.of(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(n -> n > 0).sum();
        return new Reading(os.getProcessCpuTime(), postgresNanos(), threadTicks(), allocated, databaseWork(postgresUrl));
    }

    /**
     * PostgreSQL's counters now; its connections report them within about a second while busy
     * and within 10 s once idle, so a reading at the end of a run waits that long first.
     */
    static DatabaseWork databaseWork(String postgresUrl) {
        if (postgresUrl == null) {
            return DatabaseWork.NONE;
        }
        try (var connection = java.sql.DriverManager.getConnection(postgresUrl);
             var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("SELECT xact_commit, xact_rollback, blks_hit, "
                    + "tup_returned + tup_fetched FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return new DatabaseWork(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (java.sql.SQLException e) {
            return DatabaseWork.NONE;
        }
    }

    /**
     * Where this JVM's CPU went between two readings, by kind of thread (Jetty's request
     * threads, the load's clients, JIT compilers, the garbage collector...), largest first.
     */
    static String jvmThreadsBetween(Reading before, Reading after) {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        after.jvmThreadTicks().forEach((thread, ticks) -> byKind.merge(kind(thread),
                ticks - before.jvmThreadTicks().getOrDefault(thread, 0L), Long::sum));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder("JVM CPU by thread kind:");
        byKind.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() * 100 >= total)
                .forEach(e -> text.append(String.format(" %s %.0f%%,", e.getKey(), 100.0 * e.getValue() / total)));
        return text.substring(0, text.length() - 1);
    }

    private static String kind(String thread) {
        String name = thread.substring(thread.indexOf(' ') + 1);
        return name.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
    }

    /** Each live thread of this process, keyed "tid name", with its CPU ticks so far. */
    private static java.util.Map<String, Long> threadTicks() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks.put(task.getFileName() + " " + stat.substring(stat.indexOf('(') + 1, close),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** The CPU time so far of the given live threads (the load's clients). */
    static long threadsNanos(java.util.Collection<Long> threadIds) {
        return threadIds.stream().mapToLong(THREADS::getThreadCpuTime).filter(n -> n > 0).sum();
    }

    static Spent between(Reading before, Reading after, long clientNanos) {
        double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e9;
        double clients = clientNanos / 1e9;
        return new Spent(jvm - clients, clients, (after.postgresNanos() - before.postgresNanos()) / 1e9);
    }

    /**
     * The CPU time of PostgreSQL's processes that work for the benchmark: the connections to
     * its database and the server's own background processes (WAL writer, checkpointer...), plus
     * what their exited children left in them (cutime, cstime); not other databases' connections
     * (other builds' tests on the same server).
     */
    private static long postgresNanos() {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                if (!proc.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String comm = stat.substring(stat.indexOf('(') + 1, close);
                    if (!comm.startsWith("postgres") || !forTheBenchmark(Files.readString(proc.resolve("cmdline")))) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // after "pid (comm) ": state is field 0; utime, stime, cutime, cstime are 11-14
                    for (int i = 11; i <= 14; i++) {
                        ticks += Long.parseLong(fields[i]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
