package org.blocwatch.cli;

import org.blocwatch.extract.ClaimJsonlWriter;
import org.blocwatch.extract.ConcurrentExtractor;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.InOrderPool;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.read.DocumentException;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;
import org.blocwatch.server.CuratedExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims from documents, each with the quote it rests on, without storing anything.",
                "Memberships, events, trade and investment figures, office holders and poll results. Exits 2 if any file could not be read."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Document files: text, HTML, PDF, DOCX, ODT, RTF.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl: the claim exchange format, one claim per line; text: one readable line per claim (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Option(names = "--jobs", paramLabel = "N", description = "Documents read and extracted in parallel (default: ${DEFAULT-VALUE}).")
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Spec CommandSpec spec;

    /** One file's claims, or the one line that says why it could not be read. */
    private record Outcome(List<Claim> claims, String error) {}

    @Override
    public Integer call() {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, new LanguageDetector());
        ConcurrentExtractor extractor = CuratedExtraction.extractor();
        WindowProgressLine progress = new WindowProgressLine(err);
        ClaimJsonlWriter jsonl = new ClaimJsonlWriter(out);
        int[] failed = {0};
        // files are read and extracted on every core, and printed in the order given
        InOrderPool.forEach(files, jobs, "extract", DocumentReader::sizeOf, DocumentReader.heapBudget(), file -> {
            try {
                return new Outcome(extractor.extract(reader.read(file).toSourceDocument(), progress).claims(), null);
            } catch (DocumentException e) {
                return new Outcome(List.of(), e.getMessage());
            }
        }, outcome -> {
            if (outcome.error() != null) {
                err.println("blocwatch: " + outcome.error());
                failed[0]++;
            } else if (format == Format.jsonl) {
                try {
                    jsonl.writeAll(outcome.claims());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                outcome.claims().forEach(c -> out.println(readable(c)));
            }
        });
        out.flush();
        return failed[0] > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static String readable(Claim c) {
        var body = ClaimJson.body(c.body());
        body.remove("type");
        String quote = c.provenance() instanceof Provenance.Document d ? d.quote().replaceAll("\\s+", " ") : "";
        return ClaimJson.docOf(c.provenance()) + "  " + c.type().wire() + "  " + ClaimJson.write(body) + "  \u00ab" + quote + "\u00bb";
    }
}
