package org.blocwatch.ingest;

import org.blocwatch.model.PartialDate;
import org.blocwatch.model.SourceDocument;

import java.util.List;

/**
 * What became of one input. A stored document comes with the few facts a listener prints about
 * it, not its text: results are kept for the whole run, so memory stays flat in the corpus size.
 * {@code duplicateOf} names the stored document it is a near-duplicate of, if any, and
 * {@code claims} how many claims were extracted from it. Already-present and failed inputs carry
 * a one-line message.
 */
public record IngestResult(String input, Status status, String documentId, String duplicateOf, String message,
                           Stored document, int claims, List<String> warnings) {

    public enum Status { STORED, ALREADY_PRESENT, FAILED }

    /** A stored document as a listener reports it. */
    public record Stored(String id, String language, PartialDate published, String title) {
        static Stored of(SourceDocument d) {
            return new Stored(d.id(), d.language(), d.published(), d.title());
        }
    }

    public IngestResult {
        warnings = List.copyOf(warnings);
    }

    public boolean isNew() { return status == Status.STORED; }

    static IngestResult stored(String input, SourceDocument document, String duplicateOf, int claims, List<String> warnings) {
        return new IngestResult(input, Status.STORED, document.id(), duplicateOf, null, Stored.of(document), claims, warnings);
    }

    static IngestResult alreadyPresent(String input, String id, String message) {
        return new IngestResult(input, Status.ALREADY_PRESENT, id, null, message, null, 0, List.of());
    }

    static IngestResult failed(String input, String message) {
        return new IngestResult(input, Status.FAILED, null, null, message, null, 0, List.of());
    }
}
