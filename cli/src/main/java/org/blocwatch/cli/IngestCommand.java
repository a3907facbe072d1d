package org.blocwatch.cli;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.ingest.ClaimExtraction;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.IngestListener;
import org.blocwatch.ingest.IngestReport;
import org.blocwatch.ingest.IngestResult;
import org.blocwatch.ingest.Ingestor;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.reference.CuratedData;
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

    /**
     * Claims of each new document and the persons it introduced, proposed for review; the lexicon
     * comes from the curated entities, as for {@code blocwatch extract}, so both give the same claims.
     */
    private static ClaimExtraction extraction() {
        CuratedData curated = CuratedData.load();
        Extractor extractor = new Extractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
        return document -> {
            AnnotatedDocument annotated = extractor.annotate(document);
            return new ClaimExtraction.Result(annotated.claims(), Extractor.proposedEntities(annotated));
        };
    }

    @Override
    public Integer call() {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        if (maxSize < 1) throw new IllegalArgumentException("--max-size must be a positive number of bytes");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader(maxSize, new LanguageDetector());
        try (JdbcDocumentStore store = DocumentsOptions.openStore(kb, err);
             DocumentsOptions.WritableIndex writable = DocumentsOptions.openIndex(kb, err)) {
            Ingestor ingestor = new Ingestor(store, writable.index(), reader, jobs, extraction());
            if (ingestor.repairedIndexEntries() > 0)
                err.println("blocwatch: repaired " + ingestor.repairedIndexEntries() + " search index entries from the knowledge base");
            IngestReport report = ingestor.ingest(inputs, new Printer(out, err));
            out.println(report.summary());
            return report.failed() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }

    /** One line per document for short runs, a progress counter on a terminal for long ones. */
    private final class Printer implements IngestListener {
        private final PrintWriter out, err;
        private final boolean terminal = System.console() != null;
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
            if (terminal && !list) err.print("\r" + done + "/" + total + "   ");
            switch (r.status()) {
                case FAILED -> line(err, "error: " + r.message());
                case ALREADY_PRESENT -> { if (list) line(out, r.message()); }
                case STORED -> {
                    SourceDocument d = r.document();
                    if (list) line(out, "stored " + d.id() + " [" + d.language() + ", "
                            + (d.published() == null ? "no date" : d.published()) + "] "
                            + (d.title() == null ? "(no title)" : d.title())
                            + (r.duplicateOf() == null ? "" : " (near-duplicate of " + r.duplicateOf() + ")"));
                    r.warnings().forEach(w -> line(err, d.id() + ": " + w));
                }
            }
            if (terminal && !list && done == total) err.println();
        }

        private void line(PrintWriter w, String text) {
            if (terminal && total > LIST_UP_TO) err.print("\r");
            w.println(text);
            w.flush();
        }
    }
}
