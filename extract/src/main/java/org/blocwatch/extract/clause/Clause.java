package org.blocwatch.extract.clause;

/**
 * A clause of a sentence: tokens [first, end), and what it asserts. {@code negations} and
 * {@code group} is shared by the parts of one clause that a relative clause interrupts ("Belarus, which
 * joined in 2024, is a member"). {@code question} marks a clause of a sentence that asks (ends in "?"), which asserts nothing.
 * {@code modals} hold the token positions of negation and modal words, since a rule asks whether
 * one governs its trigger (stands near it), not just whether the clause has one.
 */
public record Clause(int first, int end, int group, int[] negations, int[] modals, int[] hedges, Tense tense, boolean conditional, boolean question) {

    public enum Tense { PRESENT, PAST, FUTURE }

    public boolean contains(int token) { return token >= first && token < end; }

    public boolean hasNegation() { return negations.length > 0; }

    public boolean hasModal() { return modals.length > 0; }
}
