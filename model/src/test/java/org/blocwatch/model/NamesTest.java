package org.blocwatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void foldsCaseAccentsDashesAndSharpS() {
        assertThat(Names.normalise("Chișinău")).isEqualTo(Names.normalise("CHISINAU"));
        assertThat(Names.normalise("Weißrussland")).isEqualTo("weissrussland");
        assertThat(Names.normalise("Russland\u2013Zentralasien")).isEqualTo("russland-zentralasien");
        assertThat(Names.normalise("  Организация   Договора ")).isEqualTo("организация договора");
    }

    @Test
    void keepsTheCyrillicShortIButFoldsYo() {
        assertThat(Names.normalise("Киевский")).isEqualTo("киевский");
        assertThat(Names.normalise("Алиёв")).isEqualTo("алиев");
    }

    @Test
    void slugsAreLowerCaseAsciiJoinedByHyphens() {
        assertThat(Names.slug("Kassym-Jomart Tokayev")).isEqualTo("kassym-jomart-tokayev");
        assertThat(Names.slug("Roman Vassilenko")).isEqualTo("roman-vassilenko");
    }
}
