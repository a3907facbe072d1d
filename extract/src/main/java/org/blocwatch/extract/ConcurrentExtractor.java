package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.model.Claim;
import org.blocwatch.model.SourceDocument;

import java.util.List;

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

    /** The document with every annotation layer, annotated by this thread's extractor. */
    public AnnotatedDocument annotate(SourceDocument doc) { return perThread.get().annotate(doc); }

    public List<Claim> extract(SourceDocument doc) { return annotate(doc).claims(); }
}
