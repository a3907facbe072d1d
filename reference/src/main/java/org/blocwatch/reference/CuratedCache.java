package org.blocwatch.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The packed curated files, parsed, as one JSON file per fingerprint in the user's cache folder
 * ({@code $XDG_CACHE_HOME/blocwatch}, else {@code ~/.cache/blocwatch}). The fingerprint names the
 * data, so a new version of the files simply finds no cache and writes its own, and removes the
 * caches of other versions (and half-written files of interrupted runs) so the folder holds one.
 * A cache that cannot be read or written is no error: the YAML is parsed as before.
 */
final class CuratedCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, JsonNode>> DOCS = new TypeReference<>() {};

    private CuratedCache() {}

    /** A file being written for this long belongs to a run that was interrupted. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    static Optional<Map<String, JsonNode>> read(String fingerprint) { return read(folder(), fingerprint); }

    static void write(String fingerprint, Map<String, JsonNode> docs) { write(folder(), fingerprint, docs); }

    static Optional<Map<String, JsonNode>> read(Path folder, String fingerprint) {
        Path file = file(folder, fingerprint);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), DOCS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(Path folder, String fingerprint, Map<String, JsonNode> docs) {
        Path file = file(folder, fingerprint);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "curated-", ".partial");
            JSON.writeValue(partial.toFile(), docs);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOthers(folder, file);
        } catch (IOException | SecurityException e) {
            // no cache this time: the next run parses the YAML again
        }
    }

    private static void removeOthers(Path folder, Path kept) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "curated-*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean other = name.endsWith(".json") && !f.equals(kept);
                boolean halfWritten = name.endsWith(".partial") && Files.getLastModifiedTime(f).toInstant().isBefore(abandoned);
                if (other || halfWritten) Files.deleteIfExists(f);
            }
        }
    }

    private static Path folder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("blocwatch");
    }

    private static Path file(Path folder, String fingerprint) {
        return folder.resolve("curated-" + fingerprint.substring(0, 16) + ".json");
    }
}
