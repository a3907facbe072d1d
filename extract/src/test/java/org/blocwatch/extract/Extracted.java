package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs the whole pipeline on a text of the tests and shows claim bodies as compact JSON. */
public final class Extracted {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Extracted() {}

    public static List<Claim> claims(String text, String lang, String published) {
        return new Extractor(LEXICON, TestEntities.officeHolders(), CLOCK).extract(TestEntities.document(text, lang, published));
    }

    /** The bodies of the claims, each as the exchange format's JSON without provenance. */
    public static List<String> bodies(String text, String lang, String published) {
        return claims(text, lang, published).stream().map(c -> ClaimJson.write(ClaimJson.body(c.body()))).toList();
    }

    public static List<String> bodies(String text) { return bodies(text, "de", null); }
}
