package org.blocwatch.model;

import java.util.Locale;

/** Kinds of events of the exchange format. */
public enum EventKind {
    SUMMIT, BILATERAL_MEETING, PHONE_CALL, INTERVENTION, ARMED_CLASH, EXERCISE, TREATY_SIGNING,
    ASSISTANCE_REQUEST, UNREST;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static EventKind fromWire(String text) { return Wire.parse(EventKind.class, text, "event kind"); }
}
