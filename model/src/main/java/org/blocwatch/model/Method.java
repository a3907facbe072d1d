package org.blocwatch.model;

import java.util.Locale;

/** How the KB came by a claim: curated by hand, imported from a dataset, or extracted by a rule. */
public record Method(Kind kind, String rule) {

    public enum Kind {
        CURATED, IMPORTED, EXTRACTED;
        public String wire() { return name().toLowerCase(Locale.ROOT); }
    }

    public static final Method CURATED = new Method(Kind.CURATED, null);

    public static Method imported(String dataset) { return new Method(Kind.IMPORTED, dataset); }

    public static Method extracted(String rule) { return new Method(Kind.EXTRACTED, rule); }

    @Override public String toString() { return rule == null ? kind.wire() : kind.wire() + ":" + rule; }

    public static Method parse(String text) {
        int colon = text.indexOf(':');
        Kind kind = Wire.parse(Kind.class, colon < 0 ? text : text.substring(0, colon), "method");
        return new Method(kind, colon < 0 ? null : text.substring(colon + 1));
    }
}
