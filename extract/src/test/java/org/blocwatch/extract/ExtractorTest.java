package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorTest {

    @Test
    void personsIntroducedByTheTextAreProposedEntities() {
        AnnotatedDocument doc = new Extractor(new Lexicon(TestEntities.all()))
                .annotate(TestEntities.document("Der Energieminister Usbekistans, Bakhtiyor Rustamov, reiste nach Moskau.", "de", null));
        List<Entity> proposed = Extractor.proposedEntities(doc);
        assertThat(proposed).extracting(Entity::id).containsExactly("person:bakhtiyor-rustamov");
        assertThat(proposed.get(0).kind()).isEqualTo(EntityKind.PERSON);
        assertThat(doc.claims()).extracting(c -> c.body().entityIds()).contains(List.of("person:bakhtiyor-rustamov", "UZB"));
    }

    @Test
    void aRepeatedStatementIsClaimedOnce() {
        assertThat(Extracted.claims("2012 ist Usbekistan aus der OVKS ausgetreten. Wie gesagt: 2012 ist Usbekistan aus der OVKS ausgetreten.", "de", null))
                .hasSize(1);
    }

    @Test
    void relativeDatesStayOpenWithoutADocumentDate() {
        assertThat(Extracted.bodies("Im Januar ist Usbekistan aus der OVKS ausgetreten."))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"UZB\",\"object\":\"CSTO\",\"status\":\"member\"}");
        assertThat(Extracted.bodies("Im Januar ist Usbekistan aus der OVKS ausgetreten.", "de", "2024-03-10"))
                .containsExactly("{\"type\":\"membership\",\"subject\":\"UZB\",\"object\":\"CSTO\",\"status\":\"member\",\"to\":\"2024-01\"}");
    }
}
