package org.blocwatch.extract.clause;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Layers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseAnnotatorTest {

    private static List<Clause> clauses(String text, String lang) {
        AnnotatedDocument doc = Layers.clauses(text, lang);
        return doc.clauses(0);
    }

    @Test
    void aConjunctionAfterACommaOpensAClauseButAListDoesNot() {
        assertThat(clauses("Armenien, Belarus und Kasachstan sind Mitglieder, aber Georgien ist es nicht.", "de")).hasSize(2);
        assertThat(clauses("Armenia, Belarus and Kazakhstan are members of the bloc.", "en")).hasSize(1);
        assertThat(clauses("Members: Armenia, Belarus and Kazakhstan.", "en")).hasSize(1);
    }

    @Test
    void polarityBelongsToItsOwnClause() {
        List<Clause> cs = clauses("Georgien trat nicht bei, aber Armenien blieb Mitglied.", "de");
        assertThat(cs.get(0).hasNegation()).isTrue();
        assertThat(cs.get(1).hasNegation()).isFalse();
    }

    @Test
    void modalsAreReadAsWrittenSoTheIndicativeIsNoSubjunctive() {
        assertThat(clauses("Armenien würde die Organisation verlassen.", "de").get(0).hasModal()).isTrue();
        assertThat(clauses("Armenien wurde 1992 Mitglied.", "de").get(0).hasModal()).isFalse();
        // the month is no modal verb
        assertThat(clauses("In May 2020 Armenia signed the treaty.", "en").get(0).hasModal()).isFalse();
        assertThat(clauses("Armenia may leave the bloc.", "en").get(0).hasModal()).isTrue();
    }

    @Test
    void tenseQuestionsAndConditions() {
        assertThat(clauses("Mongolia and Laos were observers.", "en").get(0).tense()).isEqualTo(Clause.Tense.PAST);
        assertThat(clauses("Монголия и Лаос являлись наблюдателями.", "ru").get(0).tense()).isEqualTo(Clause.Tense.PAST);
        assertThat(clauses("Mongolia is an observer.", "en").get(0).tense()).isEqualTo(Clause.Tense.PRESENT);
        assertThat(clauses("Is Mongolia a member?", "en").get(0).question()).isTrue();
        assertThat(clauses("If Mongolia joined, the bloc would grow.", "en").get(0).conditional()).isTrue();
    }

    @Test
    void aRelativeClauseIsAGroupOfItsOwnAndTheMainClauseGoesOnAfterIt() {
        List<Clause> cs = clauses("Belarus, which joined in 2024, is a member.", "en");
        assertThat(cs).hasSize(3);
        assertThat(cs.get(0).group()).isEqualTo(cs.get(2).group());
        assertThat(cs.get(1).group()).isNotEqualTo(cs.get(0).group());
    }

    @Test
    void aListOfNamesInsideARelativeClauseDoesNotCloseIt() {
        // the union's modal "will" is the main clause's, not the relative clause's that lists its members
        List<Clause> cs = clauses("Die Union, der Armenien, Belarus und Kasachstan angehören, will wachsen.", "de");
        assertThat(cs).hasSize(3);
        assertThat(cs.get(1).end()).isEqualTo(10);
        assertThat(cs.get(0).group()).isEqualTo(cs.get(2).group());
        assertThat(cs.get(2).hasModal()).isTrue();
        // a verb before the comma ends the relative clause, even when a name follows
        assertThat(clauses("Die Union, der Armenien angehört, Belarus aber nicht, will wachsen.", "de").get(1).end())
                .isEqualTo(6);
    }
}
