package org.blocwatch.ingest.meta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void aParagraphInAnotherScriptGetsItsOwnLanguage() {
        String text = """
                Der Zollrat der Steppenstaaten hat in Tarasun über gemeinsame Abgaben auf Getreide beraten.
                Министры договорились оставить пошлины на пшеницу без изменений до лета.
                Die nächste Sitzung ist für den Herbst geplant, wenn neue Zahlen zur Ernte vorliegen.""";
        LanguageDetector.Profile p = DETECTOR.profile(text);
        assertThat(p.language()).isEqualTo("de");
        assertThat(p.paragraphs()).extracting(LanguageDetector.Span::language).containsExactly("de", "ru", "de");
    }

    @Test
    void aMostlyRussianTextIsRussianThoughItOpensInGerman() {
        String text = """
                Eine kurze deutsche Vorbemerkung der Redaktion zu diesem Beitrag.
                Министры иностранных дел собрались в столице, чтобы обсудить пошлины на зерно и сроки их отмены.
                Совет решил вернуться к вопросу осенью, когда появятся новые данные об урожае в регионе.""";
        assertThat(DETECTOR.profile(text).language()).isEqualTo("ru");
    }
}
