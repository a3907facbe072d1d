package org.blocwatch.model;

import java.util.Locale;

/** How a figure relates to the true value: "fast 90 Milliarden" is approx, "über 62" more_than. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, LESS_THAN;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Qualifier fromWire(String text) { return Wire.parse(Qualifier.class, text, "qualifier"); }
}
