package org.blocwatch.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packed curated files, parsed, as one JSON file per fingerprint in the user's cache folder
 * ({@code $XDG_CACHE_HOME/blocwatch}, else {@code ~/.cache/blocwatch}). The fingerprint names the
 * data, so a new version of the files simply finds no cache and writes its own. A cache that
 * cannot be read or written is no error: the YAML is parsed as before.
 */
final class CuratedCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, JsonNode>> DOCS = new TypeReference<>() {};

    private CuratedCache() {}

    static Optional<Map<String, JsonNode>> read(String fingerprint) {
        Path file = file(fingerprint);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), DOCS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(String fingerprint, Map<String, JsonNode> docs) {
        Path file = file(fingerprint);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "curated-", ".partial");
            JSON.writeValue(partial.toFile(), docs);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            // no cache this time: the next run parses the YAML again
        }
    }

    private static Path file(String fingerprint) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("blocwatch").resolve("curated-" + fingerprint.substring(0, 16) + ".json");
    }
}
