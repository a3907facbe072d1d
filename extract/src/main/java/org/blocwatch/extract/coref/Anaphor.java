package org.blocwatch.extract.coref;

import org.blocwatch.extract.entity.Mention;

/**
 * A description or pronoun ("the organization", "das Land", "он") read as a mention of the entity
 * it refers to, and the sentence that named that entity last: the antecedent a reviewer checks.
 */
public record Anaphor(Mention mention, Kind kind, int antecedentSentence) {

    public enum Kind { ORGANISATION, STATE, PERSON }
}
