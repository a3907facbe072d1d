package org.blocwatch.server;

import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.store.JdbcKnowledgeStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The knowledge base as the server shares it between request threads. A JDBC connection is not
 * for two threads at once, so reads borrow one of a few connections (SQLite in WAL mode lets them
 * read side by side while a write goes on) and writes take the one writing connection in turn.
 * The version moves on with every write: the server's own at once, another process's (an
 * ingest on the command line) within a second, when a look at the tables' counts sees it.
 */
public final class KnowledgeBase implements AutoCloseable {
    private final List<JdbcKnowledgeStore> opened = new ArrayList<>();
    private final BlockingQueue<JdbcKnowledgeStore> readers;
    private final JdbcKnowledgeStore writer;
    private final ReentrantLock writing = new ReentrantLock();
    private final SearchIndex index;
    private final AtomicLong version = new AtomicLong();
    private volatile long checkedAt;
    private volatile String fingerprint = "";

    /** @param opener opens one connection's store (the CLI's KnowledgeBaseOptions: --db, later --jdbc) */
    public KnowledgeBase(Supplier<JdbcKnowledgeStore> opener, int readConnections, SearchIndex index) {
        this.writer = opener.get();
        opened.add(writer);
        this.readers = new ArrayBlockingQueue<>(readConnections);
        for (int i = 0; i < readConnections; i++) {
            JdbcKnowledgeStore s = opener.get();
            opened.add(s);
            readers.add(s);
        }
        this.index = index;
    }

    public <T> T read(Function<JdbcKnowledgeStore, T> work) {
        JdbcKnowledgeStore store;
        try {
            store = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(store);
        } finally {
            readers.add(store);
        }
    }

    public <T> T write(Function<JdbcKnowledgeStore, T> work) {
        writing.lock();
        try {
            return work.apply(writer);
        } finally {
            version.incrementAndGet();
            writing.unlock();
        }
    }

    public SearchIndex index() { return index; }

    /** Changes with every write; another process's writes are looked for at most once a second. */
    public long version() {
        long now = System.nanoTime();
        if (now - checkedAt > 1_000_000_000L) {
            checkedAt = now;
            String seen = read(KnowledgeBase::fingerprint);
            if (!seen.equals(fingerprint)) {
                fingerprint = seen;
                version.incrementAndGet();
            }
        }
        return version.get();
    }

    /** What any write changes: claims recorded or decided (each adds a review event), retractions, entities, documents. */
    private static String fingerprint(JdbcKnowledgeStore store) {
        StringBuilder b = new StringBuilder();
        try (var s = store.connection().createStatement()) {
            for (String sql : new String[]{"SELECT COUNT(*), MAX(at) FROM review_event",
                    "SELECT COUNT(*) FROM claim WHERE retracted_at IS NOT NULL", "SELECT COUNT(*) FROM entity",
                    "SELECT COUNT(*) FROM document"}) {
                try (var rs = s.executeQuery(sql)) {
                    rs.next();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) b.append(rs.getString(i)).append('/');
                }
            }
        } catch (java.sql.SQLException e) {
            throw new org.blocwatch.store.StoreException("cannot read the knowledge base's version: " + e.getMessage(), e);
        }
        return b.toString();
    }

    @Override
    public void close() {
        opened.forEach(JdbcKnowledgeStore::close);
        index.close();
    }
}
