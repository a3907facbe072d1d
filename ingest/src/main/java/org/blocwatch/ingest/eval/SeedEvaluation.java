package org.blocwatch.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.blocwatch.ingest.ClaimExtraction;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.IngestListener;
import org.blocwatch.ingest.IngestReport;
import org.blocwatch.ingest.Ingestor;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.DocumentSummary;
import org.blocwatch.store.JdbcDocumentStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ingests a folder of evaluation documents (such as the seeds in ../shared/corpus/seeds) into a
 * scratch database and compares the metadata found with the folder's manifest.jsonl, printing a
 * table and the share of fields that agree. Not a test: the documents are not the project's and
 * are read from where they lie.
 *
 * <p>Usage: {@code SeedEvaluation FOLDER}
 */
public final class SeedEvaluation {

    private static final List<String> FIELDS = List.of("title", "author", "publisher", "published", "language");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SeedEvaluation FOLDER (with manifest.jsonl)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path manifest = folder.resolve("manifest.jsonl");
        if (!Files.isRegularFile(manifest)) {
            System.err.println(manifest + ": no manifest here, nothing to compare");
            System.exit(1);
        }
        Path scratch = Files.createTempDirectory("blocwatch-eval");
        Path db = scratch.resolve("eval.db");
        List<DocumentSummary> found;
        try (JdbcDocumentStore store = JdbcDocumentStore.openSqlite(db);
             SearchIndex index = SearchIndex.open(SearchIndex.folderFor(db))) {
            Ingestor ingestor = new Ingestor(store, index, new DocumentReader(), 2, ClaimExtraction.NONE);
            List<Path> documents;
            try (Stream<Path> files = Files.list(folder)) {
                documents = files.filter(p -> !p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
            IngestReport first = ingestor.ingest(documents, (r, done, total) -> {
                if (r.message() != null) System.out.println(r.message());
                r.warnings().forEach(w -> System.out.println(r.documentId() + ": " + w));
            });
            IngestReport again = ingestor.ingest(documents, IngestListener.silent());
            System.out.println("first run:  " + first.summary());
            System.out.println("second run: " + again.summary());
            found = store.documents();
        }
        Map<String, DocumentSummary> byId = found.stream().collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        ObjectMapper json = new ObjectMapper();
        int agree = 0, compared = 0;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            if (line.isBlank()) continue;
            JsonNode expected = json.readTree(line);
            String id = expected.get("doc").asText();
            DocumentSummary got = byId.get(id);
            for (String field : FIELDS) {
                String want = text(expected.get(field));
                String have = got == null ? null : value(got, field);
                boolean same = Objects.equals(normal(want), normal(have));
                compared++;
                if (same) agree++;
                rows.add(new String[]{id, field, same ? "ok" : "DIFF", shorten(want), shorten(have)});
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[0]));
        System.out.printf("%n%-10s %-10s %-4s %-45s %-45s%n", "doc", "field", "", "expected", "found");
        for (String[] r : rows) System.out.printf("%-10s %-10s %-4s %-45s %-45s%n", (Object[]) r);
        System.out.printf("%n%d of %d fields agree%n", agree, compared);
    }

    private static String value(DocumentSummary d, String field) {
        return switch (field) {
            case "title" -> d.title();
            case "author" -> d.author();
            case "publisher" -> d.publisher();
            case "published" -> d.published() == null ? null : d.published().toString();
            case "language" -> d.language();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Titles are compared without regard to spacing and non-breaking spaces. */
    private static String normal(String s) {
        return s == null ? null : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        if (s == null) return "-";
        return s.length() > 45 ? s.substring(0, 42) + "..." : s;
    }
}
