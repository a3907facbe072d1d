package org.blocwatch.answers;

import java.util.Optional;

/**
 * What answers need to know about stored source documents: their text (to show a quote in
 * context during review) and which document a near-duplicate copies (so a wire story printed by
 * three outlets corroborates a claim once, not three times). {@link StoredSourceDocuments} reads
 * them from the documents table.
 */
public interface SourceDocuments {

    /** The text of a document as extracted, which the offsets of its claims' quotes point into, if stored. */
    Optional<String> text(String docId);

    /** The document this one is a near-duplicate of, or the id itself. */
    String original(String docId);
}
