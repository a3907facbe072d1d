package org.blocwatch.server;

import org.blocwatch.extract.ConcurrentExtractor;
import org.blocwatch.extract.DocumentWindows;
import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.ingest.ClaimExtraction;
import org.blocwatch.reference.CuratedData;

/**
 * Claims of each new document and the persons it introduced, proposed for review; the lexicon
 * comes from the curated entities, as for {@code blocwatch extract}, so ingest on the command
 * line and uploads in the browser give the same claims.
 */
public final class CuratedExtraction {
    private CuratedExtraction() {}

    /** An extractor over the curated entities and office holders, for any number of threads. */
    public static ConcurrentExtractor extractor() {
        CuratedData curated = CuratedData.load();
        return new ConcurrentExtractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
    }

    public static ClaimExtraction create() { return create(DocumentWindows.Progress.NONE); }

    /**
     * The extractor is built on the first new document only: a run that finds everything stored
     * needs no lexicon. Reader threads and upload requests call it at once, each with its own
     * extractor over the one lexicon. {@code progress} hears of the windows of a long document.
     */
    public static ClaimExtraction create(DocumentWindows.Progress progress) {
        ConcurrentExtractor[] built = new ConcurrentExtractor[1];
        return document -> {
            ConcurrentExtractor extractor;
            synchronized (built) {
                if (built[0] == null) built[0] = extractor();
                extractor = built[0];
            }
            Extractor.Extraction extracted = extractor.extract(document, progress);
            return new ClaimExtraction.Result(extracted.claims(), extracted.proposedEntities());
        };
    }
}
