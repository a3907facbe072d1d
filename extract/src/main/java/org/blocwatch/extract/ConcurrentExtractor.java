package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.model.SourceDocument;

/**
 * An extractor any number of threads may call at once, so that documents are read and their
 * claims extracted on every core: each thread gets its own {@link Extractor} (the OpenNLP tools
 * inside one are not thread-safe), all built over one shared lexicon and one set of office
 * holders, which are.
 */
public final class ConcurrentExtractor {
    private final ThreadLocal<Extractor> perThread;

    public ConcurrentExtractor(Lexicon lexicon, OfficeHolders holders) {
        perThread = ThreadLocal.withInitial(() -> new Extractor(lexicon, holders));
    }

    /** Claims and proposed entities of a document, by this thread's extractor (see {@link Extractor#extract(SourceDocument, DocumentWindows.Progress)}). */
    public Extractor.Extraction extract(SourceDocument doc, DocumentWindows.Progress progress) {
        return perThread.get().extract(doc, progress);
    }
}
