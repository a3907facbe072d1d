package org.blocwatch.model;

/**
 * A point in time as a source states it: either a partial date, or "the document's own date"
 * (a statement in the present tense). The latter keeps the resolved date when the document's
 * publication date is known, and stays unresolved rather than guessed when it is not.
 */
public record DateRef(PartialDate date, boolean documentDate) {

    public static final String DOC = "doc";

    public static DateRef of(PartialDate date) { return new DateRef(date, false); }

    public static DateRef documentDate(PartialDate resolved) { return new DateRef(resolved, true); }

    public static DateRef parse(String text) {
        if (text == null) return null;
        return DOC.equals(text.trim()) ? documentDate(null) : of(PartialDate.parse(text));
    }

    /** The date to compute with: the partial date or the resolved document date (may be null). */
    public PartialDate resolved() { return date; }

    @Override
    public String toString() { return documentDate ? DOC : String.valueOf(date); }
}
