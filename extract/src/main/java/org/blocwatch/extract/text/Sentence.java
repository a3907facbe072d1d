package org.blocwatch.extract.text;

/** A sentence as a span [start, end) of the document's normalised text. */
public record Sentence(int index, int start, int end) {}
