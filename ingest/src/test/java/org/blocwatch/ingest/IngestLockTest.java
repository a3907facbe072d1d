package org.blocwatch.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class IngestLockTest {

    @TempDir Path dir;

    @Test
    void aSecondWriterSaysItWaitsAndGoesOnWhenTheFirstIsDone() throws Exception {
        Path db = dir.resolve("kb.db");
        List<String> said = new CopyOnWriteArrayList<>();
        IngestLock first = IngestLock.acquire(db, said::add);
        assertThat(said).isEmpty();
        assertThat(IngestLock.tryAcquire(db)).isNull();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> IngestLock.acquire(db, said::add).close());
        Thread.sleep(500);
        assertThat(second).isNotDone();
        assertThat(said).containsExactly("waiting for another ingest into " + db + " to finish");
        first.close();
        second.get(5, TimeUnit.SECONDS);
        try (IngestLock again = IngestLock.tryAcquire(db)) {
            assertThat(again).isNotNull();
        }
    }
}
