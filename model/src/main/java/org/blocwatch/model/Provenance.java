package org.blocwatch.model;

/** Where a claim comes from. Every claim has exactly one. */
public sealed interface Provenance {

    /** A human-readable one-line citation. */
    String cite();

    /**
     * The verbatim words of a document a claim rests on, with their offsets in the document's
     * extracted text (the text as read from the file, before normalisation): extraction reads the
     * normalised text and quotes the original words behind it through the offset map.
     */
    record Document(String docId, int start, int end, String quote) implements Provenance {
        public Document {
            if (quote == null || quote.isBlank()) throw new IllegalArgumentException("a document claim needs its quote");
        }
        @Override public String cite() { return docId + " [" + start + "-" + end + "]"; }
    }

    /** A curated fact: its citation (treaty, official act, dated reference) and the file it is kept in. */
    record Curated(String citation, String file, String note) implements Provenance {
        public Curated {
            if (citation == null || citation.isBlank()) throw new IllegalArgumentException("a curated fact needs a citation");
        }
        @Override public String cite() { return citation; }
    }

    /** A row (or run of rows) of an imported dataset. */
    record Dataset(String dataset, String version, String row) implements Provenance {
        @Override public String cite() { return dataset + " " + version + ": " + row; }
    }
}
