package org.blocwatch.extract.lemma;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.blocwatch.extract.text.Models;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GreedyPosTaggerTest {

    /** The cached sums must choose exactly the tags OpenNLP's own decoder chooses with a beam of one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de|Kasachstan trat dem Bündnis 1994 bei , das die Mitgliedsstaaten nie verlassen wollten .",
            "de|Der frühere Präsident würde keine Verträge unterzeichnen , sagte ein Sprecher in Astana .",
            "de|Die Organisation nahm Usbekistan 2006 wieder auf und schloss es 2012 aus .",
            "de|Im ersten Halbjahr stieg der Handel um 3,1 % auf 4,2 Mrd. Dollar .",
            "de|Am 15. Mai 1992 unterzeichneten sechs Staaten in Taschkent den Vertrag über kollektive Sicherheit .",
            "de|Wer ?",
            "en|Kazakhstan was admitted as a full member of the organization in 1994 .",
            "en|The bloc 's leaders did not attend the virtual summit , which the president had called .",
            "en|Trade between the two countries rose by 12 % to $ 412.3 million in the first half of 2024 .",
            "en|Armenia froze its participation but remains a member de jure .",
    })
    void choosesTheTagsOfOpenNlpsGreedyDecoding(String lang, String sentence) {
        POSModel model = Models.partsOfSpeech(lang).orElseThrow();
        String[] words = sentence.split(" ");
        String[] expected = new BeamSearch(1, model.<MaxentModel>getArtifact("pos.model"))
                .bestSequence(words, null, model.getFactory().getPOSContextGenerator(0), model.getFactory().getSequenceValidator())
                .getOutcomes().toArray(new String[0]);
        GreedyPosTagger tagger = new GreedyPosTagger(model);
        assertThat(tagger.tag(words)).containsExactly(expected);
        // and again from the cache
        assertThat(tagger.tag(words)).containsExactly(expected);
    }
}
