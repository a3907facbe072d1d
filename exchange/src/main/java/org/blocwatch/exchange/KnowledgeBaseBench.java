package org.blocwatch.exchange;

import org.HdrHistogram.Histogram;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimType;
import org.blocwatch.model.Membership;
import org.blocwatch.query.ClaimView;
import org.blocwatch.query.MembershipQuery;
import org.blocwatch.query.TimelineQuery;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Measures the knowledge base at the scale of the whole COW import: the import's wall time and
 * peak heap, the latency of the hot questions (members, status, timeline) over random
 * organisations, subjects and dates, the plans SQLite chooses for their queries, and the size
 * of the database file. Latencies are recorded in HdrHistogram after a warm-up, so that the
 * figures are the JIT-compiled steady state an analyst's session sees.
 */
public final class KnowledgeBaseBench {
    private static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2015, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final int TIMELINE_RUNS = 50;

    /**
     * Wall-clock percentiles, and the same for the thread's CPU time: on a shared machine the
     * wall clock also counts the time other processes held the cores, the CPU time does not.
     */
    public record Latency(String question, int samples, double p50Ms, double p99Ms, double maxMs,
                          double cpuP50Ms, double cpuP99Ms) {}

    public record Report(Duration importTime, long peakHeapBytes, long maxHeapBytes, CowImport.Result imported,
                         List<Latency> latencies, long databaseBytes, Map<String, List<String>> plans) {}

    private KnowledgeBaseBench() {}

    public static Report run(JdbcKnowledgeStore store, Path databaseFile, Path cowDir, int samples, long seed,
                             String timelineSubject) {
        resetHeapPeaks();
        long start = System.nanoTime();
        CowImport.Result imported = CowImport.run(store, cowDir, Instant.now());
        Duration importTime = Duration.ofNanos(System.nanoTime() - start);
        long peakHeap = heapPeak();

        List<Membership> memberships = store.claims(ClaimFilter.ofType(ClaimType.MEMBERSHIP)).stream()
                .map(Claim::body).map(Membership.class::cast).toList();
        List<String> organisations = memberships.stream().map(Membership::object).distinct().sorted().toList();
        if (organisations.isEmpty()) throw new IllegalArgumentException("no memberships in " + cowDir);
        if (store.entity(timelineSubject).isEmpty()) throw new IllegalArgumentException("unknown id '" + timelineSubject + "'");
        MembershipQuery query = new MembershipQuery(store, ClaimView.CURRENT);
        TimelineQuery timeline = new TimelineQuery(store, ClaimView.CURRENT);
        Random random = new Random(seed);

        List<Latency> latencies = List.of(
                measure("members ORG --at DATE", samples, i ->
                        query.members(organisations.get(random.nextInt(organisations.size())), day(random), null)),
                measure("status SUBJECT ORG --at DATE", samples, i -> {
                    Membership m = memberships.get(random.nextInt(memberships.size()));
                    query.status(m.subject(), m.object(), day(random));
                }),
                measure("timeline " + timelineSubject, TIMELINE_RUNS, i -> timeline.timeline(timelineSubject)));

        Map<String, List<String>> plans = new LinkedHashMap<>();
        String org = organisations.get(0);
        plans.put("members", store.explain(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org)));
        plans.put("status", store.explain(ClaimFilter.ofType(ClaimType.MEMBERSHIP).withObject(org).withSubject(timelineSubject)));
        plans.put("timeline", store.explain(ClaimFilter.about(timelineSubject)));
        return new Report(importTime, peakHeap, Runtime.getRuntime().maxMemory(), imported, latencies,
                checkpointedSize(store, databaseFile), plans);
    }

    private static LocalDate day(Random random) {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    /**
     * Runs the question as often untimed (so the JIT has compiled the hot paths) and collects the
     * garbage left so far (so one phase's garbage does not pause the next), then records each run.
     */
    private static Latency measure(String question, int samples, IntConsumer ask) {
        for (int i = 0; i < samples; i++) ask.accept(i);
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Histogram wall = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        Histogram cpu = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (int i = 0; i < samples; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ask.accept(i);
            wall.recordValue(System.nanoTime() - t);
            cpu.recordValue(Math.max(0, threads.getCurrentThreadCpuTime() - c));
        }
        return new Latency(question, samples, ms(wall.getValueAtPercentile(50)), ms(wall.getValueAtPercentile(99)),
                ms(wall.getMaxValue()), ms(cpu.getValueAtPercentile(50)), ms(cpu.getValueAtPercentile(99)));
    }

    private static double ms(long nanos) { return nanos / 1e6; }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment
     * (the pools peak at different times), which is the safe side for a memory budget.
     */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** The file's size once the write-ahead log is folded into it. */
    private static long checkpointedSize(JdbcKnowledgeStore store, Path file) {
        try (Statement s = store.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return Files.size(file);
        } catch (SQLException e) {
            throw new StoreException("cannot checkpoint the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
