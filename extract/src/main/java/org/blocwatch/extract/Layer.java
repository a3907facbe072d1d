package org.blocwatch.extract;

/** The kinds of annotation a pipeline stage can add to a document; each stage adds exactly one. */
public enum Layer { SENTENCES, TOKENS, MENTIONS, ROLES, LEMMAS, PERSONS, TIMES, AMOUNTS, CLAIMS }
