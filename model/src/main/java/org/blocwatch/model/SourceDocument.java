package org.blocwatch.model;

/**
 * A document as the extractor sees it: its id (file name without extension), what is known of
 * it, and its normalised text. {@code published} is null when no date could be found; relative
 * time expressions then stay unresolved.
 */
public record SourceDocument(String id, String title, String language, PartialDate published, NormalisedText text) {}
