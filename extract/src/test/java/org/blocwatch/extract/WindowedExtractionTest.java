package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A long document extracted window by window says what it says extracted whole, quoted where it says it. */
class WindowedExtractionTest {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Invented paragraphs, each with one claim, padded so that small windows cut between them. */
    private static final List<String> PARAGRAPHS = List.of(
            "Im Jahr 2012 ist Usbekistan aus der OVKS ausgetreten. Das Land blieb danach für sich.",
            "Die Sitzung der Minister verlief ruhig. Über Getreide und Zölle wurde lange gesprochen.",
            "Armenien trat 1993 der GUS bei. Der Beitritt war umstritten.",
            "Im Jahr 2012 ist Usbekistan aus der OVKS ausgetreten. Daran erinnerte ein Redner.");

    private static SourceDocument document() {
        return TestEntities.document(String.join("\n\n", PARAGRAPHS), "de", "2024-05-01");
    }

    private static Extractor extractor(int windowChars) {
        return new Extractor(LEXICON, TestEntities.officeHolders(), CLOCK, new DocumentWindows(windowChars));
    }

    private static List<String> bodies(List<Claim> claims) {
        return claims.stream().map(c -> ClaimJson.write(ClaimJson.body(c.body()))).toList();
    }

    @Test
    void smallWindowsGiveTheClaimsOfTheWholeDocument() {
        List<Claim> whole = extractor(DocumentWindows.DEFAULT_CHARS).extract(document());
        List<Integer> windows = new ArrayList<>();
        List<Claim> windowed = extractor(120).extract(document(), (doc, done, total) -> windows.add(total)).claims();
        assertThat(windows).isNotEmpty().allMatch(total -> total >= 3);
        assertThat(bodies(windowed)).containsExactlyInAnyOrderElementsOf(bodies(whole)).isNotEmpty();
    }

    @Test
    void aClaimMadeAgainInALaterWindowIsKeptOnceWithItsFirstQuote() {
        List<Claim> claims = extractor(120).extract(document(), DocumentWindows.Progress.NONE).claims();
        List<Claim> withdrawals = claims.stream().filter(c -> ClaimJson.write(ClaimJson.body(c.body())).contains("\"UZB\"")).toList();
        assertThat(withdrawals).hasSize(1);
        assertThat(((Provenance.Document) withdrawals.get(0).provenance()).start()).isLessThan(PARAGRAPHS.get(0).length());
    }

    @Test
    void quotesFromLaterWindowsStandAtTheirPlaceInTheWholeText() {
        String text = document().text().text();
        for (Claim c : extractor(120).extract(document(), DocumentWindows.Progress.NONE).claims()) {
            Provenance.Document p = (Provenance.Document) c.provenance();
            assertThat(document().text().originalQuote(0, text.length()).substring(p.start(), p.end())).isEqualTo(p.quote());
        }
    }

    @Test
    void aParagraphWithoutClaimsYieldsNoneInItsOwnWindow() {
        SourceDocument quiet = TestEntities.document(PARAGRAPHS.get(1) + "\n\n" + PARAGRAPHS.get(1), "de", "2024-05-01");
        assertThat(extractor(100).extract(quiet, DocumentWindows.Progress.NONE).claims()).isEmpty();
    }
}
