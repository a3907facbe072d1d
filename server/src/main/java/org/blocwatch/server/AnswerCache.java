package org.blocwatch.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept per knowledge-base version: an answer depends only on the question (the URL)
 * and the claims, and claims change only with a new version, so an answer computed for a
 * version is served again until the version moves on. Bounded, least recently used first out.
 */
final class AnswerCache {
    private static final int CAPACITY = 20_000;

    private record Entry(long version, Object value) {}

    private final KnowledgeBase kb;
    private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) { return size() > CAPACITY; }
    };

    AnswerCache(KnowledgeBase kb) {
        this.kb = kb;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long version = kb.version();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.version() == version) return (T) e.value();
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(version, value));
        }
        return value;
    }
}
