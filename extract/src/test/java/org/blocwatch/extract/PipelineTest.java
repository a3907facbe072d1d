package org.blocwatch.extract;

import org.blocwatch.extract.entity.EntityRecognizer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.text.SentenceSplitter;
import org.blocwatch.extract.text.TokenAnnotator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    @Test
    void aStageBeforeItsRequirementsIsRefusedWhenThePipelineIsBuilt() {
        assertThatThrownBy(() -> new Pipeline(List.of(new SentenceSplitter(), new EntityRecognizer(new Lexicon(List.of())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EntityRecognizer").hasMessageContaining("TOKENS");
    }

    @Test
    void readingALayerNoStageProvidedIsAnError() {
        AnnotatedDocument doc = new Pipeline(List.of(new SentenceSplitter())).annotate(TestEntities.document("Ein Satz.", "de", null));
        assertThat(doc.sentences()).hasSize(1);
        assertThatThrownBy(() -> doc.tokens(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stagesInOrderAnnotateTheDocument() {
        AnnotatedDocument doc = new Pipeline(List.of(new SentenceSplitter(), new TokenAnnotator()))
                .annotate(TestEntities.document("Zwei Sätze. Noch einer.", "de", null));
        assertThat(doc.tokens(1)).extracting(t -> t.text()).containsExactly("Noch", "einer", ".");
    }
}
