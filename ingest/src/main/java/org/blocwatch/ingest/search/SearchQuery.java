package org.blocwatch.ingest.search;

import org.blocwatch.model.PartialDate;

/**
 * A search: words in Lucene's query syntax ("kollektive Sicherheit" in quotes is a phrase),
 * optionally only documents in one language or published within a date range (a document whose
 * date is only known to the month counts when that month overlaps the range).
 */
public record SearchQuery(String text, String language, PartialDate from, PartialDate to, int limit) {
    public static SearchQuery of(String text) { return new SearchQuery(text, null, null, null, 10); }
}
