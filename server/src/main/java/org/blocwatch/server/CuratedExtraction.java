package org.blocwatch.server;

import org.blocwatch.extract.AnnotatedDocument;
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

    /** The extractor is built on the first new document only: a run that finds everything stored needs no lexicon. */
    public static ClaimExtraction create() {
        Extractor[] built = new Extractor[1];
        return document -> {
            Extractor extractor;
            synchronized (built) {
                if (built[0] == null) {
                    CuratedData curated = CuratedData.load();
                    built[0] = new Extractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
                }
                extractor = built[0];
            }
            AnnotatedDocument annotated = extractor.annotate(document);
            return new ClaimExtraction.Result(annotated.claims(), Extractor.proposedEntities(annotated));
        };
    }
}
