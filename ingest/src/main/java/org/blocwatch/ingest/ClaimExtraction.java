package org.blocwatch.ingest;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.SourceDocument;

import java.util.List;

/**
 * What ingestion asks of the next stage for each new document: the claims its text makes, and
 * the entities it introduced that the knowledge base does not know yet (a person named with a
 * role). Both are stored in the same transaction as the document, proposed for review. Called
 * by several reader threads at once.
 */
@FunctionalInterface
public interface ClaimExtraction {

    /** Store documents only. */
    ClaimExtraction NONE = document -> Result.EMPTY;

    Result extract(SourceDocument document);

    record Result(List<Claim> claims, List<Entity> proposedEntities) {
        public static final Result EMPTY = new Result(List.of(), List.of());

        public Result {
            claims = List.copyOf(claims);
            proposedEntities = List.copyOf(proposedEntities);
        }
    }
}
