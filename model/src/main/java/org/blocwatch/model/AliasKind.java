package org.blocwatch.model;

/**
 * Why a string names an entity. The extractor weighs them differently: a name or abbreviation
 * names the entity itself, a metonym (a capital, "der Kreml") stands for its government, and a
 * demonym ("kasachisch", "die Kasachen") qualifies a person or a people.
 */
public enum AliasKind { NAME, TRANSLITERATION, INFLECTED, ABBREVIATION, METONYM, DEMONYM, VARIANT }
