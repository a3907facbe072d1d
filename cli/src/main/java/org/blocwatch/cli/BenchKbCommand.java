package org.blocwatch.cli;

import org.blocwatch.exchange.KnowledgeBaseBench;
import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.blocwatch.store.Database;
import org.blocwatch.store.JdbcKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "kb", mixinStandardHelpOptions = true,
        description = {"Build a fresh KB (curated data + the whole COW import) in a temporary folder and measure it:",
                "import time and peak heap, members/status/timeline latency (p50, p99), query plans, database size.",
                "Run it as the budget demands, e.g. BLOCWATCH_JAVA_OPTS='-Xmx1g -XX:ActiveProcessorCount=2'."})
final class BenchKbCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The COW IGO v3 folder, e.g. ../shared/reference/cow-igo-v3.") Path dir;
    @Option(names = "--samples", defaultValue = "2000", description = "Random questions per kind (default: ${DEFAULT-VALUE}).") int samples;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random questions (default: ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--timeline", defaultValue = "FRA", paramLabel = "ID", description = "The state whose timeline is timed (default: ${DEFAULT-VALUE}).") String timelineSubject;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (samples < 1) throw new IllegalArgumentException("--samples must be positive");
        var out = spec.commandLine().getOut();
        Path tmp = Files.createTempDirectory("blocwatch-bench");
        Path db = tmp.resolve("bench.db");
        try {
            KnowledgeBaseBench.Report r;
            try (JdbcKnowledgeStore store = Database.openSqlite(db)) {
                CuratedSync.apply(store, CuratedData.load(), Instant.now());
                r = KnowledgeBaseBench.run(store, db, dir, samples, seed, timelineSubject);
            }
            out.printf("processors: %d, max heap: %d MiB%n", Runtime.getRuntime().availableProcessors(), r.maxHeapBytes() >> 20);
            out.printf("import cow: %.2f s, %d rows -> %d claims, peak heap %d MiB%n", r.importTime().toMillis() / 1000.0,
                    r.imported().rows(), r.imported().spans(), r.peakHeapBytes() >> 20);
            for (KnowledgeBaseBench.Latency l : r.latencies())
                out.printf("%-30s n=%-5d p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms   (cpu p50 %6.3f ms  p99 %6.3f ms)%n",
                        l.question(), l.samples(), l.p50Ms(), l.p99Ms(), l.maxMs(), l.cpuP50Ms(), l.cpuP99Ms());
            out.printf("database: %.1f MiB%n", r.databaseBytes() / (1024.0 * 1024.0));
            r.plans().forEach((q, plan) -> out.printf("plan %-9s %s%n", q, String.join(" | ", plan)));
            if (r.imported().problems().count() > 0) return ImportCommand.finish(spec.commandLine().getErr(), r.imported().problems());
            return ExitCodes.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
