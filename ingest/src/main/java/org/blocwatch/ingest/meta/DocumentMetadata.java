package org.blocwatch.ingest.meta;

import org.blocwatch.model.PartialDate;

/**
 * What is known of a document besides its text; any field may be null. {@code dateEvidence}
 * says where the date was read (the line or metadata field), so it can be checked.
 */
public record DocumentMetadata(String title, String author, String publisher, PartialDate published,
                               String dateEvidence) {}
