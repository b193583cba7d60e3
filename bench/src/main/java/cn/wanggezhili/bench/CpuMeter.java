package cn.wanggezhili.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU spent by this JVM and by the servers working for the bench (the Postgres processes serving its database
 * and any server this JVM started, such as the Kafka broker), so that a run can be judged by CPU per transaction
 * as well as by transactions per second. On a shared 2-core machine a neighbour steals wall-clock
 * time from whichever side happens to run, but not CPU time: the cost per transaction stays comparable.
 * Server CPU is read from /proc and so is only known when Postgres runs on this machine (else reported as -1).
 * What the whole machine was busy with besides that is kept too: it tells which runs a neighbour disturbed.
 */
final class CpuMeter implements AutoCloseable {

    /** Linux USER_HZ: /proc/[pid]/stat counts CPU in 1/100 s on every mainstream kernel. */
    private static final double NANOS_PER_TICK = 1e9 / 100;

    /** The backends of the bench database plus the processes that write WAL and pages for them. */
    private static final String SERVER_PIDS = """
            select pid from pg_stat_activity
             where pid <> pg_backend_pid()
               and (datname = current_database()
                    or backend_type in ('walwriter', 'checkpointer', 'background writer'))
            """;

    private final Connection connection;
    private final Long child;

    /** {@code connection} is the meter's own, outside the pool, so that sampling never takes a writer's turn. */
    CpuMeter(Connection connection) {
        this(connection, null);
    }

    /**
     * Counts, of the processes this JVM started, only {@code child} and its descendants (the server under test),
     * not idle helpers such as the broker and Keycloak; {@code null} counts them all.
     */
    CpuMeter(Connection connection, Long child) {
        this.connection = connection;
        this.child = child;
    }

    Sample sample() throws SQLException {
        List<Long> pids = serverPids();
        long ticks = 0;
        for (long pid : pids) {
            long t = ticks(pid);
            ticks = t < 0 || ticks < 0 ? -1 : ticks + t;
        }
        return new Sample(System.nanoTime(), processNanos(), ticks, machineBusyTicks(), pids);
    }

    /** CPU since {@code start}, summed over the server processes seen at the start (pooled, so still there). */
    Usage since(Sample start) {
        long ticks = 0;
        for (long pid : start.serverPids()) {
            long t = ticks(pid);
            ticks = t < 0 || ticks < 0 ? -1 : ticks + t;
        }
        double serverNanos = ticks < 0 || start.serverTicks() < 0 ? -1 : (ticks - start.serverTicks()) * NANOS_PER_TICK;
        double jvmNanos = processNanos() - start.jvmNanos();
        long busy = machineBusyTicks();
        double otherNanos = serverNanos < 0 || busy < 0 || start.machineBusyTicks() < 0 ? -1
                : Math.max(0, (busy - start.machineBusyTicks()) * NANOS_PER_TICK - jvmNanos - serverNanos);
        return new Usage(System.nanoTime() - start.atNanos(), jvmNanos, serverNanos, otherNanos);
    }

    private List<Long> serverPids() throws SQLException {
        // the broker of TestServers is a child JVM of this one
        List<Long> pids = new ArrayList<>();
        if (child == null) {
            pids.addAll(ProcessHandle.current().descendants().map(ProcessHandle::pid).toList());
        } else {
            pids.add(child);
            ProcessHandle.of(child).ifPresent(h -> pids.addAll(h.descendants().map(ProcessHandle::pid).toList()));
        }
        try (PreparedStatement ps = connection.prepareStatement(SERVER_PIDS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        }
        return pids;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may hold spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** All CPUs' non-idle time from the first line of /proc/stat (user nice system idle iowait irq softirq steal). */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    record Sample(long atNanos, long jvmNanos, long serverTicks, long machineBusyTicks, List<Long> serverPids) {
    }

    /**
     * Nanoseconds of CPU over {@code elapsedNanos} of wall-clock time: this JVM, the bench's servers, and every
     * other process on the machine (neighbours, the Postgres work of other databases). -1 where /proc could not be read.
     */
    record Usage(long elapsedNanos, double jvmNanos, double serverNanos, double otherNanos) {

        /** Cores' worth of CPU the other processes used: high means a disturbed run. */
        double otherCores() {
            return otherNanos < 0 ? -1 : otherNanos / elapsedNanos;
        }
    }
}
