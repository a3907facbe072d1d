package org.blocwatch.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocwatch.extract.Extracted.bodies;

class OfficeRuleTest {

    private static String office(String person, String role, String of, String time) {
        return "{\"type\":\"office\",\"person\":\"" + person + "\",\"role\":\"" + role + "\",\"of\":\"" + of + "\"" + time + "}";
    }

    @Test
    void roleAndPersonInGerman() {
        assertThat(bodies("Der armenische Premierminister Nikol Paschinjan reiste ab.", "de", "2024-02-01"))
                .containsExactly(office("person:nikol-pashinyan", "head_of_government", "ARM", ",\"at\":\"doc\",\"at_resolved\":\"2024-02-01\""));
        assertThat(bodies("Kreml-Sprecher Sergej Lawrow widersprach.")).containsExactly(office("person:sergey-lavrov", "spokesperson", "RUS", ",\"at\":\"doc\""));
    }

    @Test
    void theStateFallsBackOnTheNationalityAndDatesOnTheSentence() {
        assertThat(bodies("Präsident Tokajew verzichtete darauf.")).containsExactly(office("person:kassym-jomart-tokayev", "head_of_state", "KAZ", ",\"at\":\"doc\""));
        assertThat(bodies("Im Jahr 2019 sagte der damalige Außenminister Sergej Lawrow nichts."))
                .containsExactly(office("person:sergey-lavrov", "foreign_minister", "RUS", ",\"at\":\"2019\""));
        assertThat(bodies("Der damalige Präsident Kasachstans Kassym-Schomart Tokajew schwieg."))
                .containsExactly(office("person:kassym-jomart-tokayev", "head_of_state", "KAZ", ""));
    }

    @Test
    void aNewPersonIsIntroducedByTheRole() {
        assertThat(bodies("Der stellvertretende Außenminister von Kirgisistan Asel Omurbekowa widersprach."))
                .containsExactly(office("person:asel-omurbekova", "deputy_foreign_minister", "KGZ", ",\"at\":\"doc\""));
    }

    @Test
    void appositionAndEnglishAndRussian() {
        assertThat(bodies("Sergey Lavrov, the Russian Foreign Minister, said so.", "en", null))
                .containsExactly(office("person:sergey-lavrov", "foreign_minister", "RUS", ",\"at\":\"doc\""));
        assertThat(bodies("Президент Казахстана Токаев выступил.", "ru", null))
                .containsExactly(office("person:kassym-jomart-tokayev", "head_of_state", "KAZ", ",\"at\":\"doc\""));
    }

    @Test
    void aChairmanOfAStateIsItsHeadAndAnOfficialRepresentativeASpokesperson() {
        assertThat(bodies("Председатель Китая Иван Петров прибыл в Астану.", "ru", null))
                .containsExactly(office("person:ivan-petrov", "head_of_state", "CHN", ",\"at\":\"doc\""));
        assertThat(bodies("Официальный представитель ОДКБ Иван Петров сообщил об этом.", "ru", null))
                .containsExactly(office("person:ivan-petrov", "spokesperson", "CSTO", ",\"at\":\"doc\""));
        assertThat(bodies("Председатель комитета Иван Петров выступил.", "ru", null)).isEmpty();
    }

    @Test
    void aLeaderIsTheLeadersOfficeTheKnowledgeBaseHasHimHoldThen() {
        assertThat(bodies("Russian leader Vladimir Putin spoke.", "en", "2020-01-01"))
                .containsExactly(office("person:vladimir-putin", "head_of_state", "RUS", ",\"at\":\"doc\",\"at_resolved\":\"2020-01-01\""));
        assertThat(bodies("Лидер России Владимир Путин выступил.", "ru", "2020-01-01"))
                .containsExactly(office("person:vladimir-putin", "head_of_state", "RUS", ",\"at\":\"doc\",\"at_resolved\":\"2020-01-01\""));
        // the knowledge base has him in office from 2012 only; an undated document says nothing of when
        assertThat(bodies("Russian leader Vladimir Putin spoke.", "en", "2005-01-01")).isEmpty();
        assertThat(bodies("Russian leader Vladimir Putin spoke.", "en", null)).isEmpty();
        assertThat(bodies("Russian opposition leader Sergey Lavrov spoke.", "en", "2020-01-01")).isEmpty();
    }

    @Test
    void anUnnamedLeaderIsTheOfficeHolderTheDocumentNames() {
        assertThat(bodies("Putin kam nach Astana. Lawrow lobte die Zusammenarbeit. Der russische Präsident blieb zwei Tage."))
                .containsExactly(office("person:vladimir-putin", "head_of_state", "RUS", ",\"at\":\"doc\""));
        assertThat(bodies("Lawrow kam nach Astana. Lawrow lobte die Zusammenarbeit. Der russische Präsident blieb zu Hause.")).isEmpty();
        assertThat(bodies("Putin kam nach Astana. Der russische Präsident blieb zwei Tage.", "de", "2005-03-01"))
                .as("the knowledge base has Putin in office from 2012 only").isEmpty();
    }
}
