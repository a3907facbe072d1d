package org.blocwatch.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.store.KnowledgeStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads claims in the exchange format (one JSON object a line) into the store. Lines written
 * by blocwatch's own export keep their ids, provenance, method, review state and recorded and
 * retracted times, so an export imported elsewhere reproduces the same claims. A line that is
 * not a readable claim is reported and skipped.
 */
public final class JsonlImport {
    private static final int BATCH = 5_000;

    public record Result(int lines, int recorded, ImportProblems problems) {}

    private JsonlImport() {}

    public static Result run(KnowledgeStore store, Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
        ImportProblems problems = new ImportProblems();
        String name = file.getFileName().toString();
        List<Claim> batch = new ArrayList<>();
        int lines = 0, recorded = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                if (line.isBlank()) continue;
                try {
                    JsonNode n = ClaimJson.MAPPER.readTree(line);
                    batch.add(ClaimJson.readClaim(n));
                } catch (IOException | IllegalArgumentException | DateTimeException e) {
                    problems.add(name, lines, firstLine(e.getMessage()));
                }
                if (batch.size() == BATCH) {
                    recorded += store.record(batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        recorded += store.record(batch);
        return new Result(lines, recorded, problems);
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable claim" : s.lines().findFirst().orElse("unreadable claim");
    }
}
