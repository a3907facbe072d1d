package org.blocwatch.extract.dev;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.extract.ClaimJsonlWriter;
import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.reference.CuratedData;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development runner: {@code ExtractTextFiles FILE.txt...} prints the claims of plain-text files
 * as JSON Lines, with the curated entities as lexicon. Language and publication date come from a manifest.jsonl
 * beside the files when there is one (fields doc, language, published). Replaced by
 * {@code blocwatch extract} once the CLI and the ingest module's DocumentReader are on main.
 */
public final class ExtractTextFiles {
    private ExtractTextFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractTextFiles FILE.txt...");
            System.exit(2);
        }
        Extractor extractor = new Extractor(new Lexicon(CuratedData.load().entities()));
        Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        ClaimJsonlWriter writer = new ClaimJsonlWriter(stdout);
        Map<Path, Map<String, JsonNode>> manifests = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) files.add(Path.of(args[i]));
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            JsonNode meta = manifests.computeIfAbsent(file.toAbsolutePath().getParent(), ExtractTextFiles::manifest).get(id);
            String lang = meta == null ? "de" : meta.path("language").asText("de");
            PartialDate published = meta == null || !meta.hasNonNull("published") ? null : PartialDate.parse(meta.get("published").asText());
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            SourceDocument doc = new SourceDocument(id, null, lang, published, PlainTextNormaliser.normalise(raw));
            writer.writeAll(extractor.extract(doc));
        }
        stdout.flush();
    }

    private static Map<String, JsonNode> manifest(Path dir) {
        Map<String, JsonNode> out = new HashMap<>();
        Path file = dir.resolve("manifest.jsonl");
        if (!Files.isRegularFile(file)) return out;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = ClaimJson.MAPPER.readTree(line);
                out.put(n.path("doc").asText(), n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
