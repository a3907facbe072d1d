package org.blocwatch.model;

import java.util.Locale;

/** The claim types of the exchange format (shared/eval/SCHEMA.md). */
public enum ClaimType {
    MEMBERSHIP, EVENT, TRADE, INVESTMENT, OFFICE, POLL;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static ClaimType fromWire(String text) { return Wire.parse(ClaimType.class, text, "claim type"); }
}
