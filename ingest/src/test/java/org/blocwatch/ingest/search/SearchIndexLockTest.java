package org.blocwatch.ingest.search;

import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One writer per index: a search beside it reads the last commit, a second writer waits its turn. */
class SearchIndexLockTest {

    @TempDir Path dir;

    static StoredDocument document(String id, String text) {
        return new StoredDocument(id, id + ".txt", null, null, null, null, "de", "raw-" + id, "text-" + id,
                NormalisedText.identity(text), List.of(), new int[]{1}, null, 0L);
    }

    static LanguageDetector.Profile german(String text) {
        return new LanguageDetector.Profile("de", List.of(new LanguageDetector.Span(0, text.length(), "de")));
    }

    @Test
    void aSearchWhileAnotherWritesReadsItsLastCommit() {
        try (SearchIndex writing = SearchIndex.open(dir)) {
            writing.add(document("a", "Der Steppenrat tagt."), german("Der Steppenrat tagt."));
            writing.commit();
            writing.add(document("b", "Der Steppenrat vertagt sich."), german("Der Steppenrat vertagt sich."));
            try (SearchIndex searching = SearchIndex.openForSearch(dir)) {
                assertThat(searching.search(SearchQuery.of("Steppenrat"))).extracting(SearchHit::id).containsExactly("a");
                assertThat(searching.size()).isEqualTo(1);
            }
        }
    }

    @Test
    void aSecondWriterWaitsUntilTheFirstIsDone() throws Exception {
        SearchIndex first = SearchIndex.open(dir);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<SearchIndex> second = CompletableFuture.supplyAsync(() -> SearchIndex.openWaiting(dir, waiting::countDown));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isNotDone();
        first.close();
        try (SearchIndex next = second.get(10, TimeUnit.SECONDS)) {
            next.add(document("c", "Der Steppenrat schließt."), german("Der Steppenrat schließt."));
            assertThat(next.search(SearchQuery.of("Steppenrat"))).extracting(SearchHit::id).containsExactly("c");
        }
    }
}
