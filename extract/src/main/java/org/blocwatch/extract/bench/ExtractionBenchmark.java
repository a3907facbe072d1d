package org.blocwatch.extract.bench;

import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.reference.CuratedData;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Measures the whole extraction pipeline on one core: builds the lexicon from the curated data,
 * generates a corpus ({@link ExtractionCorpus}), runs it for a few seconds to warm the JIT, then
 * times one more run and reports documents and megabytes (UTF-8) per second, and claims found.
 *
 * <p>Usage: {@code ExtractionBenchmark [DOCS]} (default 2000 documents of about 30 sentences)
 */
public final class ExtractionBenchmark {

    public record Result(int documents, long bytes, long millis, long claims) {
        public double documentsPerSecond() { return documents * 1000.0 / Math.max(1, millis); }
        public double megabytesPerSecond() { return bytes / 1048576.0 * 1000.0 / Math.max(1, millis); }

        public String describe() {
            return String.format(Locale.ROOT, "%d documents, %.1f MB in %.1f s on one core: %.0f documents/s, %.2f MB/s, %d claims",
                    documents, bytes / 1048576.0, millis / 1000.0, documentsPerSecond(), megabytesPerSecond(), claims);
        }
    }

    /** The JIT needs several seconds of this workload before the figures settle. */
    private static final long WARM_UP_NANOS = 8_000_000_000L;

    private ExtractionBenchmark() {}

    public static Result run(int documents, PrintStream progress) {
        CuratedData curated = CuratedData.load();
        Extractor extractor = new Extractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
        List<SourceDocument> corpus = ExtractionCorpus.generate(documents, 30, 42);
        long bytes = corpus.stream().mapToLong(d -> d.text().text().getBytes(StandardCharsets.UTF_8).length).sum();
        progress.printf(Locale.ROOT, "generated %d documents (%.1f MB); warming up%n", documents, bytes / 1048576.0);
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do extractAll(extractor, corpus); while (System.nanoTime() < warmUntil);
        long start = System.nanoTime();
        long claims = extractAll(extractor, corpus);
        return new Result(documents, bytes, (System.nanoTime() - start) / 1_000_000, claims);
    }

    private static long extractAll(Extractor extractor, List<SourceDocument> corpus) {
        long claims = 0;
        for (SourceDocument d : corpus) claims += extractor.extract(d).size();
        return claims;
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.println(run(documents, System.out).describe());
    }
}
