package org.blocwatch.extract.role;

import org.blocwatch.extract.lemma.LemmaAnnotator;
import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Pipeline;
import org.blocwatch.extract.TestEntities;
import org.blocwatch.extract.entity.EntityRecognizer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.entity.Mention;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.TokenAnnotator;
import org.blocwatch.model.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoleRecognizerTest {
    private static final Lexicon LEXICON = new Lexicon(TestEntities.all());

    private static AnnotatedDocument annotate(String text, String lang) {
        return new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator(), new EntityRecognizer(LEXICON), new RoleRecognizer(), new LemmaAnnotator(),
                new IntroducedPersonRecognizer(LEXICON, TestEntities.officeHolders()))).annotate(TestEntities.document(text, lang, null));
    }

    private static List<String> roles(String text, String lang) {
        return annotate(text, lang).roles(0).stream().map(r -> r.role() + " of " + r.of()).toList();
    }

    @Test
    void theStateComesFromAnAdjectiveACompoundOrAGenitive() {
        assertThat(roles("Der armenische Ministerpräsident sprach.", "de")).containsExactly("HEAD_OF_GOVERNMENT of ARM");
        assertThat(roles("Der Kreml-Sprecher schwieg.", "de")).containsExactly("SPOKESPERSON of RUS");
        assertThat(roles("Aserbaidschans Präsident sagte ab.", "de")).containsExactly("HEAD_OF_STATE of AZE");
        assertThat(roles("Der Präsident der Russischen Föderation kam.", "de")).containsExactly("HEAD_OF_STATE of RUS");
        assertThat(roles("Der stellvertretende Außenminister von Kirgisistan kam.", "de")).containsExactly("DEPUTY_FOREIGN_MINISTER of KGZ");
        assertThat(roles("Der OVKS-Generalsekretär warnte.", "de")).containsExactly("SECRETARY_GENERAL of CSTO");
    }

    @Test
    void englishAndRussianRoles() {
        assertThat(roles("The Russian Foreign Minister spoke.", "en")).containsExactly("FOREIGN_MINISTER of RUS");
        assertThat(roles("Kazakhstan's President spoke.", "en")).containsExactly("HEAD_OF_STATE of KAZ");
        assertThat(roles("Президент России выступил.", "ru")).containsExactly("HEAD_OF_STATE of RUS");
        assertThat(roles("Kazakhstan President Tokayev spoke.", "en")).containsExactly("HEAD_OF_STATE of KAZ");
        assertThat(roles("The CSTO secretary general spoke.", "en")).containsExactly("SECRETARY_GENERAL of CSTO");
        assertThat(roles("In Kazakhstan the president spoke.", "en")).as("a state before a lower-case title is no title")
                .containsExactly("HEAD_OF_STATE of null");
    }

    @Test
    void aDeputyHoldsNoneOfTheOfficesUnlessAListNamesIt() {
        assertThat(roles("Вице-премьер Киргизии выступил.", "ru")).isEmpty();
        assertThat(roles("Der stellvertretende Regierungschef Armeniens reiste ab.", "de")).isEmpty();
        assertThat(roles("The deputy prime minister of Armenia left.", "en")).isEmpty();
        assertThat(roles("Der Vize-Außenminister Kasachstans sprach.", "de")).containsExactly("DEPUTY_FOREIGN_MINISTER of KAZ");
        assertThat(roles("Der erste Präsident Kasachstans sprach.", "de")).containsExactly("HEAD_OF_STATE of KAZ");
    }

    @Test
    void aNewPersonInCyrillicGetsAnEnglishIdInTheNominative() {
        Mention m = annotate("Шойгу встретился с министром обороны Казахстана Русланом Жаксылыковым.", "ru").mentions(0).stream()
                .filter(Mention::proposed).findFirst().orElseThrow();
        assertThat(m.id()).isEqualTo("person:ruslan-zhaksylykov");
        assertThat(m.entity().label()).isEqualTo("Руслан Жаксылыков");
    }

    @Test
    void aCounterpartHoldsTheOfficeNamedBeforeOfItsOwnState() {
        assertThat(roles("Der russische Außenminister traf seinen armenischen Amtskollegen.", "de"))
                .containsExactly("FOREIGN_MINISTER of RUS", "FOREIGN_MINISTER of ARM");
        assertThat(roles("The Kazakh President met his Russian counterpart.", "en")).containsExactly("HEAD_OF_STATE of KAZ", "HEAD_OF_STATE of RUS");
        assertThat(roles("Die armenischen Kollegen kamen.", "de")).as("no office named before").isEmpty();
    }

    @Test
    void chefCountsOnlyInAGovernmentCompoundAndFormerOfficesAreHistorical() {
        assertThat(roles("Der Chef des Hotels kam.", "de")).isEmpty();
        RoleMention r = annotate("Der damalige Präsident Kasachstans kam.", "de").roles(0).get(0);
        assertThat(r.historical()).isTrue();
        assertThat(r.role()).isEqualTo(Role.HEAD_OF_STATE);
        assertThat(annotate("Der frühere Präsident Kasachstans kam.", "de").roles(0).get(0).historical()).as("umlaut words match").isTrue();
        assertThat(annotate("Бывший президент Казахстана приехал.", "ru").roles(0).get(0).historical()).isTrue();
        assertThat(annotate("Der Präsident Kasachstans kam früh.", "de").roles(0).get(0).historical()).isFalse();
    }

    @Test
    void anUnknownPersonIntroducedWithARoleBecomesAProposedEntity() {
        AnnotatedDocument doc = annotate("Der Vize-Außenminister Kasachstans, Roman Vassilenko, sprach mit Journalisten.", "de");
        Mention m = doc.mentions(0).stream().filter(Mention::proposed).findFirst().orElseThrow();
        assertThat(m.id()).isEqualTo("person:roman-vassilenko");
        assertThat(m.entity().label()).isEqualTo("Roman Vassilenko");
    }

    @Test
    void capitalisedNounsAfterARoleAreNoPerson() {
        AnnotatedDocument doc = annotate("Der Präsident Kasachstans Reformen Verwaltung Gesetze.", "de");
        assertThat(doc.mentions(0)).noneMatch(Mention::proposed);
    }

    @Test
    void anotherSpellingOfAKnownHolderOfTheOfficeIsThatHolder() {
        Mention m = annotate("Azerbaijan's President Ilkham Aliev spoke first.", "en").mentions(0).stream()
                .filter(x -> x.id().startsWith("person:")).findFirst().orElseThrow();
        assertThat(m.id()).isEqualTo("person:ilham-aliyev");
        assertThat(m.proposed()).isFalse();
    }

    @Test
    void aSimilarNameUnderAnotherOfficeIsANewPerson() {
        Mention m = annotate("Armenia's President Ilkham Aliev spoke first.", "en").mentions(0).stream()
                .filter(x -> x.id().startsWith("person:")).findFirst().orElseThrow();
        assertThat(m.proposed()).as("Aliyev heads Azerbaijan, not Armenia").isTrue();
        assertThat(m.id()).isEqualTo("person:ilkham-aliev");
    }
}
