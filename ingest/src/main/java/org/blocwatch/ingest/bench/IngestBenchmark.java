package org.blocwatch.ingest.bench;

import org.blocwatch.ingest.ClaimExtraction;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.IngestListener;
import org.blocwatch.ingest.IngestReport;
import org.blocwatch.ingest.Ingestor;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcDocumentStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures whole-pipeline ingestion speed: writes a generated corpus to a scratch folder,
 * ingests it into a fresh database and index, and reports documents and megabytes per second.
 * The scratch folder is deleted afterwards.
 *
 * <p>Usage: {@code IngestBenchmark [DOCS [JOBS]]} (defaults 10000 documents, 2 jobs)
 */
public final class IngestBenchmark {

    /** The figures of one run. */
    public record Result(int documents, long bytes, long millis, IngestReport report) {
        public double documentsPerSecond() { return documents * 1000.0 / Math.max(1, millis); }
        public double megabytesPerSecond() { return bytes / 1048576.0 * 1000.0 / Math.max(1, millis); }

        public String describe() {
            return String.format(Locale.ROOT, "%d documents, %.1f MB in %.1f s: %.0f documents/s, %.2f MB/s (%s)",
                    documents, bytes / 1048576.0, millis / 1000.0, documentsPerSecond(), megabytesPerSecond(), report.summary());
        }
    }

    public static Result run(int documents, int jobs, PrintStream progress) throws IOException {
        Path scratch = Files.createTempDirectory("blocwatch-bench");
        try {
            Path corpus = scratch.resolve("corpus");
            long bytes = CorpusGenerator.write(corpus, documents, 42);
            progress.printf(Locale.ROOT, "generated %d documents (%.1f MB)%n", documents, bytes / 1048576.0);
            Path db = scratch.resolve("bench.db");
            DocumentReader reader = new DocumentReader();
            try (JdbcDocumentStore store = JdbcDocumentStore.openSqlite(db);
                 SearchIndex index = SearchIndex.open(SearchIndex.folderFor(db))) {
                Ingestor ingestor = new Ingestor(store, index, reader, jobs, ClaimExtraction.NONE);
                long start = System.nanoTime();
                IngestReport report = ingestor.ingest(List.of(corpus), IngestListener.silent());
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new Result(documents, bytes, millis, report);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.println(run(documents, jobs, System.out).describe());
    }
}
