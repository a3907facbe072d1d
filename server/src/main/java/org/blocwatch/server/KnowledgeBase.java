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
 * The version counts the server's writes, so that answers cached for one version are never
 * served after a write.
 */
public final class KnowledgeBase implements AutoCloseable {
    private final List<JdbcKnowledgeStore> opened = new ArrayList<>();
    private final BlockingQueue<JdbcKnowledgeStore> readers;
    private final JdbcKnowledgeStore writer;
    private final ReentrantLock writing = new ReentrantLock();
    private final SearchIndex index;
    private final AtomicLong version = new AtomicLong();

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

    /** Increases with every write made through this server. */
    public long version() { return version.get(); }

    @Override
    public void close() {
        opened.forEach(JdbcKnowledgeStore::close);
        index.close();
    }
}
