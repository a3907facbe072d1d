package org.blocwatch.extract.argument;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Layers;
import org.blocwatch.extract.entity.Mention;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArgumentAnnotatorTest {

    /** Each mention's id with its role, in text order (the last role of a repeated id). */
    private static Map<String, Argument> roles(String text, String lang) {
        AnnotatedDocument doc = Layers.arguments(text, lang);
        Map<String, Argument> out = new LinkedHashMap<>();
        for (Mention m : doc.mentions(0)) out.put(m.id(), doc.argument(0, m));
        return out;
    }

    @Test
    void prepositionsGiveTheRoleAndCarryItAlongAList() {
        assertThat(roles("Russland schickte Truppen nach Armenien, Kasachstan und Kirgisistan.", "de"))
                .containsEntry("RUS", Argument.ACTOR).containsEntry("ARM", Argument.PLACE).containsEntry("KAZ", Argument.PLACE)
                .containsEntry("KGZ", Argument.PLACE);
        assertThat(roles("Azerbaijan fought against Armenia.", "en")).containsEntry("AZE", Argument.ACTOR).containsEntry("ARM", Argument.TARGET);
        assertThat(roles("Россия подписала договор с Арменией.", "ru")).containsEntry("ARM", Argument.COMPANION);
    }

    @Test
    void aDatelineIsWhereTheReportWasFiled() {
        assertThat(roles("Moskau, 3. Mai 2021 (dpa) - Armenien verließ die OVKS.", "de"))
                .containsEntry("RUS", Argument.DATELINE).containsEntry("ARM", Argument.ACTOR);
        // a state before a dash is a subject with an aside, not a dateline
        assertThat(roles("Armenien – so heißt es – verließ die OVKS.", "de")).containsEntry("ARM", Argument.ACTOR);
    }

    @Test
    void aCityBeforeAGatheringIsItsPlaceAnOrganisationItsAttribute() {
        assertThat(roles("The Moscow summit of the CSTO ended.", "en")).containsEntry("place:moscow", Argument.PLACE);
        assertThat(roles("Beim OVKS-Gipfel sprach Armenien.", "de")).containsEntry("CSTO", Argument.ATTRIBUTE).containsEntry("ARM", Argument.ACTOR);
    }

    @Test
    void namesThatOnlyQualifyANounAreAttributes() {
        assertThat(roles("Der Ukraine-Krieg dauert an.", "de")).containsEntry("UKR", Argument.ATTRIBUTE);
        assertThat(roles("Die Grenzen der Ukraine sind umstritten.", "de")).containsEntry("UKR", Argument.ATTRIBUTE);
    }
}
