package org.blocwatch.server;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.ConcurrentExtractor;
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

    /**
     * The extractor is built on the first new document only: a run that finds everything stored
     * needs no lexicon. Reader threads and upload requests call it at once, each with its own
     * extractor over the one lexicon.
     */
    public static ClaimExtraction create() {
        ConcurrentExtractor[] built = new ConcurrentExtractor[1];
        return document -> {
            ConcurrentExtractor extractor;
            synchronized (built) {
                if (built[0] == null) built[0] = extractor();
                extractor = built[0];
            }
            AnnotatedDocument annotated = extractor.annotate(document);
            return new ClaimExtraction.Result(annotated.claims(), Extractor.proposedEntities(annotated));
        };
    }
}
