package org.blocwatch.cli;

import org.blocwatch.extract.ClaimJsonlWriter;
import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.read.DocumentException;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;
import org.blocwatch.reference.CuratedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
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

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, new LanguageDetector());
        CuratedData curated = CuratedData.load();
        Extractor extractor = new Extractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
        WindowProgressLine progress = new WindowProgressLine(err);
        ClaimJsonlWriter jsonl = new ClaimJsonlWriter(out);
        int failed = 0;
        for (Path file : files) {
            List<Claim> claims;
            try {
                claims = extractor.extract(reader.read(file).toSourceDocument(), progress).claims();
            } catch (DocumentException e) {
                err.println("blocwatch: " + e.getMessage());
                failed++;
                continue;
            }
            if (format == Format.jsonl) jsonl.writeAll(claims);
            else claims.forEach(c -> out.println(readable(c)));
        }
        out.flush();
        return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private static String readable(Claim c) {
        var body = ClaimJson.body(c.body());
        body.remove("type");
        String quote = c.provenance() instanceof Provenance.Document d ? d.quote().replaceAll("\\s+", " ") : "";
        return ClaimJson.docOf(c.provenance()) + "  " + c.type().wire() + "  " + ClaimJson.write(body) + "  \u00ab" + quote + "\u00bb";
    }
}
