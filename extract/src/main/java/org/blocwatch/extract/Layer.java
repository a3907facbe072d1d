package org.blocwatch.extract;

/** The kinds of annotation a pipeline stage can add to a document; each stage adds exactly one. */
public enum Layer {
    SENTENCES, TOKENS, MENTIONS, ROLES,
    /** Lemmas and parts of speech, of the sentences that can yield a claim. */
    LEMMAS,
    PERSONS,
    /** Descriptions and pronouns ("the organisation", "das Land", "er") resolved to the entity in focus. */
    COREFERENCE,
    /** Clauses with polarity, modality and tense. */
    CLAUSES,
    /** Each mention's role in its clause: actor, place, target, companion, attribute, dateline. */
    ARGUMENTS,
    TIMES, AMOUNTS,
    /** For each token, the word lists it is on. */
    WORDS,
    CLAIMS
}
