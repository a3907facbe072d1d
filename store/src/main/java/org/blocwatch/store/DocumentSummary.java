package org.blocwatch.store;

import org.blocwatch.model.PartialDate;

/** One line of the document list: what is known of a stored document, without its text. */
public record DocumentSummary(String id, String source, String title, String author, String publisher,
                              PartialDate published, String language, int chars, String duplicateOf,
                              long ingestedAt) {}
