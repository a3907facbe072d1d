package org.blocwatch.store;

import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.SourceDocument;

import java.util.List;

/**
 * A document as the store keeps it: where it came from, what is known of it, the hashes that
 * make re-ingestion a no-op, and its text twice (as extracted and as normalised, with the map
 * between them). {@code published}, {@code title}, {@code author}, {@code publisher},
 * {@code language} and {@code duplicateOf} may be null.
 */
public record StoredDocument(String id, String source, String title, String author, String publisher,
                             PartialDate published, String language, String rawSha256, String textSha256,
                             NormalisedText text, List<String> references, int[] minHash,
                             String duplicateOf, long ingestedAt) {

    public StoredDocument {
        references = List.copyOf(references);
    }

    public int chars() { return text.text().length(); }

    /** The view the extractor works on. */
    public SourceDocument toSourceDocument() {
        return new SourceDocument(id, title, language, published, text);
    }
}
