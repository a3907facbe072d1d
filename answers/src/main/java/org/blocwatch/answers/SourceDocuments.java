package org.blocwatch.answers;

import java.util.Optional;

/**
 * What answers need to know about stored source documents: their text (to show a quote in
 * context during review) and which document a near-duplicate copies (so a wire story printed by
 * three outlets corroborates a claim once, not three times). The documents table arrives with
 * the ingest module's V2 migration; until it is wired in, {@link #NONE} treats every document id
 * as its own source and has no texts.
 */
public interface SourceDocuments {

    /** The normalised text of a document, if stored. */
    Optional<String> text(String docId);

    /** The document this one is a near-duplicate of, or the id itself. */
    String original(String docId);

    SourceDocuments NONE = new SourceDocuments() {
        @Override public Optional<String> text(String docId) { return Optional.empty(); }

        @Override public String original(String docId) { return docId; }
    };
}
