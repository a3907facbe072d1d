package org.blocwatch.ingest.normalise;

/**
 * One step of text normalisation, in the manner of a Lucene token filter: it takes a draft and
 * returns the next, and steps are chained by {@link TextNormaliser}. A filter that finds
 * nothing to do returns its input.
 */
@FunctionalInterface
public interface TextFilter {
    Draft apply(Draft draft);
}
