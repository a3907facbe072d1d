package org.blocwatch.extract.coref;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Layers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoreferenceAnnotatorTest {

    /** The entity ids the anaphors of sentence s resolve to. */
    private static List<String> resolved(String text, String lang, int s) {
        AnnotatedDocument doc = Layers.coreference(text, lang);
        return doc.anaphors(s).stream().map(a -> a.mention().id()).toList();
    }

    @Test
    void anOrganisationNounRefersToTheOrganisationInFocus() {
        assertThat(resolved("Die OVKS tagte in Moskau. Das Bündnis beschloss eine Reform.", "de", 1)).containsExactly("CSTO");
        assertThat(resolved("The SCO met in Dushanbe. The organisation admitted a new member.", "en", 1)).containsExactly("SCO");
        assertThat(resolved("ШОС провела саммит. Членами организации являются Китай и Россия.", "ru", 1)).containsExactly("SCO");
    }

    @Test
    void theTopicOrganisationWinsOverOneNamedInPassing() {
        assertThat(resolved("Die OVKS tagte. Die OVKS stritt. Auch die SOZ wurde erwähnt. Das Bündnis vertagte sich.", "de", 3))
                .containsExactly("CSTO");
    }

    @Test
    void aStateNounNeedsADeterminerInGermanAndEnglish() {
        assertThat(resolved("Armenien protestierte. Das Land fror seine Teilnahme ein.", "de", 1)).containsExactly("ARM");
        assertThat(resolved("Armenia protested. Several countries agreed.", "en", 1)).isEmpty();
        assertThat(resolved("Армения протестовала. Эта страна заморозила участие.", "ru", 1)).containsExactly("ARM");
    }

    @Test
    void aStateNamedAsAPlaceIsNotTheStateTheTextGoesOnAbout() {
        assertThat(resolved("Armenien wurde beim Treffen in Kasachstan kritisiert. Das Land protestierte.", "de", 1)).containsExactly("ARM");
        assertThat(resolved("Armenia was criticised at the meeting in Kazakhstan. The country protested.", "en", 1)).containsExactly("ARM");
        assertThat(resolved("Armenien wurde kritisiert, dann sprach Kasachstan. Das Land protestierte.", "de", 1)).containsExactly("KAZ");
    }

    @Test
    void aPronounRefersToThePersonNamedFirstInTheSentenceBefore() {
        assertThat(resolved("Putin traf Paschinjan in Moskau. Danach reiste er ab.", "de", 1)).containsExactly("person:vladimir-putin");
    }

    @Test
    void nothingIsResolvedWithoutAnAntecedentNorInsideAName() {
        assertThat(resolved("The organisation was founded long ago.", "en", 0)).isEmpty();
        assertThat(resolved("Die Shanghaier Organisation für Zusammenarbeit tagte.", "de", 0)).isEmpty();
        assertThat(resolved("The SCO met. Many organizations sent observers.", "en", 1)).isEmpty();
    }
}
