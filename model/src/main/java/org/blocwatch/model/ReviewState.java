package org.blocwatch.model;

import java.util.Locale;

/** Extracted claims start proposed; curated and imported ones are accepted on arrival. */
public enum ReviewState {
    PROPOSED, ACCEPTED, REJECTED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static ReviewState fromWire(String text) { return Wire.parse(ReviewState.class, text, "review state"); }
}
