package org.blocwatch.extract.argument;

/** The role a mention plays in its clause. */
public enum Argument {
    /** Acts: the subject or object of the clause's verb, not governed by a preposition. */
    ACTOR,
    /** Where something happens: after "in", "в", or right before a gathering ("the Moscow summit"). */
    PLACE,
    /** What an act is aimed at: after "gegen", "against", "против". */
    TARGET,
    /** Takes part beside the actor: after "mit", "with", "между". */
    COMPANION,
    /** After another preposition ("von", "for", "из"): neither actor nor place. */
    OBLIQUE,
    /** Only qualifies another noun: a compound's modifier ("Ukraine-Krieg"), a genitive after a noun ("die Grenzen der Ukraine"). */
    ATTRIBUTE,
    /** Where the report was filed: "ASTANA —", "Prague, 24 October 1997 (Agency) --". */
    DATELINE
}
