package org.blocwatch.ingest.normalise;

import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.OffsetMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiltersTest {

    private static Draft run(TextFilter filter, String text) {
        return filter.apply(Draft.of(text));
    }

    @Test
    void unicodeFilterComposesAndDropsInvisibles() {
        Draft d = run(new UnicodeFilter(), "Bu\u0308ndnis\u00AD und Sta\u200Bat");
        assertThat(d.text()).isEqualTo("Bündnis und Staat");
        assertThat(d.toOriginal(1)).isEqualTo(1);
        assertThat(d.toOriginal(2)).isEqualTo(3);
    }

    @Test
    void whitespaceFilterCollapsesSpacesAndClosesUpPunctuation() {
        Draft d = run(new WhitespaceFilter(), "  Der Rat tagte  \u00A0 in Minsk .  Er beschloss z .B . nichts , gar nichts !  \n\n\n\nNeuer Absatz ...\r\n");
        assertThat(d.text()).isEqualTo("Der Rat tagte in Minsk. Er beschloss z.B. nichts, gar nichts!\n\nNeuer Absatz ...");
    }

    @Test
    void dehyphenationJoinsSyllablesButKeepsRealHyphens() {
        String text = """
                Die Sowjet-
                union zerfiel, und die NATO-
                Staaten sahen zu. Zwei OVKS-
                Mitgliedsstaaten zogen ab. Die Ver-
                handlungen über Militär-
                und Wirtschaftsfragen dauerten bis 2019-
                2020 und die Vertei-
                digung blieb schwach.""";
        String out = run(new DehyphenationFilter(), text).text();
        assertThat(out).contains("Sowjetunion", "NATO-Staaten", "OVKS-Mitgliedsstaaten", "Verhandlungen",
                "Militär- und Wirtschaftsfragen", "2019-2020", "Verteidigung");
    }

    @Test
    void dehyphenationAsksTheDocumentFirst() {
        String text = "Die Grenz-\nregion ist ruhig. In der Grenzregion leben viele. Ein Ex-\npräsident spricht, ein Ex-präsident schweigt.";
        String out = run(new DehyphenationFilter(), text).text();
        assertThat(out).startsWith("Die Grenzregion ist ruhig.").contains("Ein Ex-präsident spricht");
    }

    @Test
    void dehyphenationJoinsWordsSetInCapitals() {
        String out = run(new DehyphenationFilter(), "DIE VERHAND-\nLUNGEN SIND GESCHEI-\nTERT").text();
        assertThat(out).isEqualTo("DIE VERHANDLUNGEN SIND GESCHEITERT");
    }

    @Test
    void referenceLinesLeaveTheBodyWithTheirWrappedPieces() {
        String text = """
                Der Gipfel fand im Herbst statt, wie berichtet wurde
                
                4 https://example.org/nachrichten/2021/gipfel-im-herbst-
                
                teilnehmer-liste_final.html
                5 https://example.net/a/b?id=77
                https://example.com/ohne-nummer
                
                und endete ohne Erklärung.""";
        Draft d = run(new ReferenceLineFilter(), text);
        assertThat(d.references()).containsExactly(
                "4 https://example.org/nachrichten/2021/gipfel-im-herbst-teilnehmer-liste_final.html",
                "5 https://example.net/a/b?id=77", "https://example.com/ohne-nummer");
        assertThat(d.text()).doesNotContain("http", "teilnehmer").contains("und endete ohne Erklärung.");
    }

    @Test
    void footnoteMarkersGoOnceTheirFootnotesAreReferences() {
        String text = "Das war neu3. Er sagte „genug“12, dann kam G20 im Jahre 2012.";
        Draft withRefs = new Draft(text, OffsetMap.identity(text.length() + 1), List.of("3 https://example.org/x", "12 https://example.org/y"));
        assertThat(new FootnoteMarkerFilter().apply(withRefs).text())
                .isEqualTo("Das war neu. Er sagte „genug“, dann kam G20 im Jahre 2012.");
    }

    @Test
    void boilerplateFilterRemovesNoticesAndTrailingLinkLists() {
        String text = """
                Menü
                Startseite
                Politik
                Wirtschaft
                Die Versammlung in Astana billigte am Dienstag einen gemeinsamen Haushalt für das kommende Jahr.
                Cookies helfen uns, diese Seite zu verbessern. Mit der Nutzung stimmen Sie zu.
                Die Delegationen reisten danach ohne weitere Erklärungen wieder ab, so hieß es aus Kreisen.
                Anzeige
                Gold-Webinar 2030: Jetzt Platz sichern
                Kostenlos und unverbindlich
                Referent: Max Muster
                - Nachrichten
                - Börse
                - Kontakt
                """;
        String out = run(new BoilerplateFilter(), text).text();
        assertThat(out).contains("Die Versammlung in Astana", "Die Delegationen reisten")
                .doesNotContain("Menü", "Startseite", "Cookies", "Anzeige", "Webinar", "Referent", "Börse", "Kontakt");
    }

    @Test
    void boilerplateFilterKeepsListsInsideTheArticle() {
        String text = """
                Dem Bund gehören heute fünf Staaten an, die jeweils einen Vertreter entsenden:
                - Armenien
                - Belarus
                - Kasachstan
                Alle Vertreter treffen sich zweimal im Jahr, meist im Frühling und im Herbst.""";
        assertThat(run(new BoilerplateFilter(), text).text()).contains("- Belarus", "- Kasachstan");
    }

    @Test
    void pullQuotesThatRepeatTheBodyMoveBehindIt() {
        String text = """
                Die Regierung hat den Vertrag über gemeinsame Grenzschutzübungen im Frühjahr gekündigt, weil
                die Partner ihre Zusagen zur Finanzierung der Manöver nicht eingehalten hätten.
                
                DIE REGIERUNG HAT DEN VERTRAG ÜBER GEMEINSAME GRENZSCHUTZÜBUNGEN GEKÜNDIGT, WEIL DIE PARTNER
                IHRE ZUSAGEN NICHT EINGEHALTEN HÄTTEN.
                
                DIE NEUE ORDNUNG
                
                Seither verhandeln die Minister über ein neues Abkommen.""";
        Draft d = run(new PullQuoteFilter(), text);
        String out = d.text();
        assertThat(out).contains("DIE NEUE ORDNUNG", "Seither verhandeln");
        int box = out.indexOf("DIE REGIERUNG HAT");
        assertThat(box).isGreaterThan(out.indexOf("Seither verhandeln"));
        assertThat(out.substring(box)).startsWith("DIE REGIERUNG HAT DEN VERTRAG").endsWith("EINGEHALTEN HÄTTEN.\n");
        assertThat(out.substring(0, box)).doesNotContain("GRENZSCHUTZÜBUNGEN").endsWith("neues Abkommen.\n\n");
        int start = box + "DIE REGIERUNG HAT ".length();
        String quoted = new NormalisedText(text, out, d.offsets()).originalQuote(start, start + "DEN VERTRAG".length());
        assertThat(quoted).isEqualTo("DEN VERTRAG");
    }

    @Test
    void reflowJoinsWrappedLinesButNotOneParagraphPerLine() {
        String wrapped = "Der Rat hat am Montag\nüber die Zukunft des\nBündnisses beraten und\nnichts beschlossen.\n\nZweiter Absatz.";
        assertThat(run(new ParagraphReflowFilter(), wrapped).text())
                .isEqualTo("Der Rat hat am Montag über die Zukunft des Bündnisses beraten und nichts beschlossen.\n\nZweiter Absatz.");
        String web = "Gipfel in Minsk\nDer Rat hat getagt.\nEr hat nichts beschlossen.\nDie Minister reisten ab.";
        assertThat(run(new ParagraphReflowFilter(), web).text()).isEqualTo(web);
    }

    @Test
    void markdownLinksKeepTheirWordsAndGiveUpTheirAddresses() {
        Draft d = run(new MarkdownFilter(), "Von **Erika Muster**: der [Rat](https://example.org/rat) ([/politik/rat.html](https://example.org/politik/rat.html)) tagte.");
        assertThat(d.text()).isEqualTo("Von Erika Muster: der Rat tagte.");
        assertThat(d.references()).containsExactly("https://example.org/politik/rat.html", "https://example.org/rat");
    }

    @Test
    void theChainKeepsEveryNormalisedSpanQuotableFromTheOriginal() {
        String original = "Die Ver-\nteidigungs minister trafen sich .\n\n\n7 https://example.org/quelle\nDer Bu\u0308ndnis-\nrat tagte.";
        NormalisedText n = TextNormaliser.standard().normalise(original).text();
        assertThat(n.text()).isEqualTo("Die Verteidigungs minister trafen sich.\n\nDer Bündnisrat tagte.");
        int at = n.text().indexOf("Verteidigungs");
        assertThat(n.originalQuote(at, at + "Verteidigungs".length())).isEqualTo("Ver-\nteidigungs");
        int rat = n.text().indexOf("Bündnisrat");
        assertThat(n.originalQuote(rat, rat + "Bündnisrat".length())).isEqualTo("Bu\u0308ndnis-\nrat");
    }
}
