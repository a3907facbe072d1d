package org.blocwatch.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CuratedCacheTest {

    @TempDir Path folder;

    private static final String OLD = "0123456789abcdef0000", NEW = "fedcba98765432100000";

    @Test
    void writingOneVersionRemovesTheCachesOfOthers() throws Exception {
        CuratedCache.write(folder, OLD, Map.of("offices.yaml", TextNode.valueOf("old")));
        assertThat(CuratedCache.read(folder, OLD)).isPresent();
        Map<String, JsonNode> docs = Map.of("offices.yaml", TextNode.valueOf("new"));
        CuratedCache.write(folder, NEW, docs);
        assertThat(CuratedCache.read(folder, NEW)).contains(docs);
        assertThat(CuratedCache.read(folder, OLD)).isEmpty();
        assertThat(names()).containsExactly("curated-fedcba9876543210.json");
    }

    @Test
    void halfWrittenFilesGoOnlyOnceTheyAreOld() throws Exception {
        Path abandoned = Files.writeString(folder.resolve("curated-1.partial"), "{\"cut");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path writing = Files.writeString(folder.resolve("curated-2.partial"), "{\"in progress");
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "kept");
        CuratedCache.write(folder, NEW, Map.of());
        assertThat(abandoned).doesNotExist();
        assertThat(writing).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void anUnreadableCacheIsNoCache() throws Exception {
        Files.writeString(folder.resolve("curated-fedcba9876543210.json"), "not json");
        assertThat(CuratedCache.read(folder, NEW)).isEmpty();
    }

    private List<String> names() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
