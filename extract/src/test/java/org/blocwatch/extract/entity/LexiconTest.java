package org.blocwatch.extract.entity;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Pipeline;
import org.blocwatch.extract.TestEntities;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.TokenAnnotator;
import org.blocwatch.model.AliasKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());

    private static List<Mention> mentions(String text, String lang) {
        AnnotatedDocument doc = new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(LEXICON)))
                .annotate(TestEntities.document(text, lang, null));
        return doc.mentions(0);
    }

    private static List<String> ids(String text, String lang) { return mentions(text, lang).stream().map(Mention::id).toList(); }

    @Test
    void germanInflectionMeetsTheNominative() {
        assertThat(ids("Die Wirtschaft Kasachstans und Russlands wächst, sagt die Regierung der Russischen Föderation.", "de"))
                .containsExactly("KAZ", "RUS", "RUS");
    }

    @Test
    void namesInsideCompoundsAreFound() {
        assertThat(ids("Beim GUS-Gipfel sprach der Kreml-Chef mit OVKS-Mitgliedsstaaten.", "de")).containsExactly("CIS", "RUS", "CSTO");
    }

    @Test
    void transliterationVariantsMeetOnePerson() {
        assertThat(ids("Tokajew traf Toqajew nicht, aber Tokayev war da.", "de"))
                .containsExactly("person:kassym-jomart-tokayev", "person:kassym-jomart-tokayev", "person:kassym-jomart-tokayev");
    }

    @Test
    void personNamesTakeAGenitiveButNoOtherSuffix() {
        assertThat(ids("Putins Partner und Lawrows Berater kamen.", "de")).containsExactly("person:vladimir-putin", "person:sergey-lavrov");
        assertThat(ids("Die Partner kamen.", "de")).isEmpty();
    }

    @Test
    void capitalsAndInstitutionsStandForTheirGovernment() {
        List<Mention> m = mentions("Moskau und Kyjiw verhandeln, der Kreml schweigt.", "de");
        assertThat(m).extracting(Mention::id).containsExactly("RUS", "UKR", "RUS");
        assertThat(m.get(0).via()).isEqualTo(AliasKind.METONYM);
        assertThat(m.get(0).placeName()).isEqualTo("Moscow");
    }

    @Test
    void demonymsMatchInAnyCaseAndInflection() {
        List<Mention> m = mentions("Der kasachische Präsident sprach mit den Kasachen und dem russischen Minister.", "de");
        assertThat(m).extracting(Mention::id).containsExactly("KAZ", "KAZ", "RUS");
        assertThat(m).allMatch(Mention::isDemonym);
    }

    @Test
    void namesNeedACapitalAndShortAbbreviationsNeedCapitals() {
        assertThat(ids("The US and the USA, but not us.", "en")).containsExactly("USA", "USA");
        assertThat(ids("china porcelain is not China.", "en")).containsExactly("CHN");
    }

    @Test
    void twoLetterAbbreviationsAreNotMatchedInCapitalisedHeadings() {
        assertThat(ids("DIE ALLIANZ ZERFÄLLT NICHT IN ABSEHBARER ZEIT.", "de")).isEmpty();
        assertThat(ids("Die Zusammenarbeit mit IN wächst.", "de")).containsExactly("IND");
    }

    @Test
    void russianCaseFormsMeetTheAlias() {
        assertThat(ids("Товарооборот России и Казахстана вырос.", "ru")).containsExactly("RUS", "KAZ");
    }
}
