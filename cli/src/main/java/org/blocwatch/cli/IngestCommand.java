package org.blocwatch.cli;

import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.IngestListener;
import org.blocwatch.ingest.IngestReport;
import org.blocwatch.ingest.IngestResult;
import org.blocwatch.ingest.Ingestor;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.server.CuratedExtraction;
import org.blocwatch.store.JdbcDocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Take documents in: text, HTML, PDF, DOCX, ODT, RTF files, folders (recursively) or - for standard input.",
                "Each document is stored once; running again stores nothing new. Exits 2 if any input failed."})
final class IngestCommand implements Callable<Integer> {

    /** Runs with more inputs than this list one line per document only on request. */
    private static final int LIST_UP_TO = 100;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<Path> inputs;

    @Option(names = "--jobs", paramLabel = "N", description = "Files read in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Larger files are refused (default: ${DEFAULT-VALUE}).")
    long maxSize = DocumentReader.DEFAULT_MAX_BYTES;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        if (maxSize < 1) throw new IllegalArgumentException("--max-size must be a positive number of bytes");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader(maxSize, new LanguageDetector());
        try (JdbcDocumentStore store = DocumentsOptions.openWritableStore(kb, err);
             DocumentsOptions.WritableIndex writable = DocumentsOptions.openIndex(kb, err)) {
            Ingestor ingestor = new Ingestor(store, writable.index(), reader, jobs, CuratedExtraction.create(new WindowProgressLine(err)));
            if (ingestor.repairedIndexEntries() > 0)
                err.println("blocwatch: repaired " + ingestor.repairedIndexEntries() + " search index entries from the knowledge base");
            IngestReport report = ingestor.ingest(inputs, new Printer(out, err));
            out.println(report.summary());
            return report.failed() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    /**
     * One line per document for short runs. Long runs show a counter on a terminal, else a
     * progress line every {@link #PROGRESS_SECONDS} seconds (documents/s, time left), and group
     * warnings into one line each at the end ("412 documents: no publication date found").
     */
    private static final class Printer implements IngestListener {
        private static final long PROGRESS_SECONDS = 10;

        private final PrintWriter out, err;
        private final boolean terminal = System.console() != null;
        private final Map<String, Integer> warnings = new TreeMap<>();
        private final long start = System.nanoTime();
        private long lastProgress = start;
        private int total;

        Printer(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void started(int inputs) {
            total = inputs;
        }

        @Override
        public void finished(IngestResult r, int done, int total) {
            boolean list = total <= LIST_UP_TO;
            switch (r.status()) {
                case FAILED -> line(err, "error: " + r.message());
                case ALREADY_PRESENT -> { if (list) line(out, r.message()); }
                case STORED -> {
                    IngestResult.Stored d = r.document();
                    if (list) line(out, "stored " + d.id() + " [" + d.language() + ", "
                            + (d.published() == null ? "no date" : d.published()) + "] "
                            + (d.title() == null ? "(no title)" : d.title())
                            + (r.duplicateOf() == null ? "" : " (near-duplicate of " + r.duplicateOf() + ")"));
                    if (list) r.warnings().forEach(w -> line(err, d.id() + ": " + w));
                    else r.warnings().forEach(w -> warnings.merge(w, 1, Integer::sum));
                }
            }
            if (!list) progress(done, total);
            if (done == total) {
                if (terminal && !list) err.println();
                warnings.forEach((w, n) -> err.println("blocwatch: " + n + (n == 1 ? " document: " : " documents: ") + w));
                err.flush();
            }
        }

        private void progress(int done, int total) {
            long now = System.nanoTime();
            double seconds = (now - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            String line = String.format(Locale.ROOT, "%d/%d documents, %.1f documents/s, %s left",
                    done, total, rate, duration((total - done) / Math.max(rate, 1e-3)));
            if (terminal) {
                err.print("\r" + line + "   ");
                err.flush();
            } else if (now - lastProgress >= PROGRESS_SECONDS * 1_000_000_000L && done < total) {
                err.println("blocwatch: " + line);
                err.flush();
                lastProgress = now;
            }
        }

        private static String duration(double seconds) {
            long s = Math.round(seconds);
            return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
        }

        private void line(PrintWriter w, String text) {
            if (terminal && total > LIST_UP_TO) err.print("\r");
            w.println(text);
            w.flush();
        }
    }
}
