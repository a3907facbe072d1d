package org.blocwatch.extract.rules;

/** One extraction rule: reads a sentence and its annotations, emits the claims it recognises. */
public interface ClaimRule {

    /** The rule's name, recorded in each claim's method ("extracted:" + name). */
    String name();

    void apply(SentenceView s, ClaimSink out);
}
