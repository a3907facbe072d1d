package org.blocwatch.extract.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTest {

    @Test
    void cyrillicNamesTakeTheSpellingOfEnglishNews() {
        assertThat(Transliteration.toEnglish("Руслан Жаксылыков")).isEqualTo("Ruslan Zhaksylykov");
        assertThat(Transliteration.toEnglish("Дмитрий Алексеев")).isEqualTo("Dmitry Alekseyev");
        assertThat(Transliteration.toEnglish("Сергей Щукин")).isEqualTo("Sergey Shchukin");
        assertThat(Transliteration.toEnglish("Касым-Жомарт Токаев")).isEqualTo("Kasym-Zhomart Tokayev");
    }

    @Test
    void germanTransliterationsBecomeEnglishLooking() {
        assertThat(Transliteration.toEnglish("Sergej Schoigu")).isEqualTo("Sergey Shoigu");
        assertThat(Transliteration.toEnglish("Roman Vassilenko")).as("a name with no German marks stays").isEqualTo("Roman Vassilenko");
    }
}
