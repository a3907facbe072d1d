package org.blocwatch.ingest;

import org.blocwatch.model.Claim;
import org.blocwatch.model.SourceDocument;

import java.util.List;

/**
 * What ingestion asks of the next stage for each new document: the claims its text makes. They
 * are stored in the same transaction as the document (as proposed, awaiting review).
 */
@FunctionalInterface
public interface ClaimExtraction {

    /** Store documents only. */
    ClaimExtraction NONE = document -> List.of();

    List<Claim> claimsFor(SourceDocument document);
}
