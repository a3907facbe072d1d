package org.blocwatch.cli;

import org.blocwatch.extract.bench.ExtractionBenchmark;
import org.blocwatch.ingest.read.DocumentException;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims on one core and report documents/s and MB/s: over a generated corpus,",
                "or over real documents (--files), each read once and repeated."})
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int docs = 2000;

    @Option(names = "--files", paramLabel = "PATH", arity = "1..*",
            description = "Documents or folders (their .txt, .html, .pdf, .docx files) to measure on instead of a generated corpus.")
    List<Path> files;

    @Option(names = "--repeat", paramLabel = "N", description = "How often the --files corpus is repeated (default: ${DEFAULT-VALUE}).")
    int repeat = 20;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (docs < 1) throw new IllegalArgumentException("--docs must be at least 1");
        if (repeat < 1) throw new IllegalArgumentException("--repeat must be at least 1");
        PrintStream progress = new PrintStream(System.err, true);
        ExtractionBenchmark.Result result = files == null ? ExtractionBenchmark.run(docs, progress)
                : ExtractionBenchmark.run(repeated(read(progress)), progress);
        spec.commandLine().getOut().println(result.describe());
        return ExitCodes.OK;
    }

    private List<SourceDocument> read(PrintStream progress) throws IOException {
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, new LanguageDetector());
        List<SourceDocument> out = new ArrayList<>();
        for (Path root : files) {
            if (!Files.exists(root)) throw new IllegalArgumentException("no such file or folder: " + root);
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(txt|html?|pdf|docx|odt|rtf)$")).sorted().toList();
            }
            for (Path p : paths) {
                try {
                    out.add(reader.read(p).toSourceDocument());
                } catch (DocumentException e) {
                    progress.println("blocwatch: " + e.getMessage());
                }
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no readable documents in " + files);
        return out;
    }

    private List<SourceDocument> repeated(List<SourceDocument> docs) {
        List<SourceDocument> out = new ArrayList<>(docs.size() * repeat);
        for (int i = 0; i < repeat; i++) out.addAll(docs);
        return out;
    }
}
