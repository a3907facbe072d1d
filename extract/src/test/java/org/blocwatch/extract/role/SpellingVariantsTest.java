package org.blocwatch.extract.role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingVariantsTest {

    @Test
    void outletsSpellingsOfOneNameMeet() {
        assertThat(SpellingVariants.sameName("Heidar Aliyev", "heydar-aliyev")).isTrue();
        assertThat(SpellingVariants.sameName("Emomali Rakhmonov", "emomali-rahmon")).isTrue();
        assertThat(SpellingVariants.sameName("Nikol Paschinian", "nikol-pashinyan")).isTrue();
        assertThat(SpellingVariants.sameName("Petru Luchinschi", "petru-lucinschi")).isTrue();
        assertThat(SpellingVariants.sameName("Kassym-Schomart Tokajew", "kassym-jomart-tokayev")).isTrue();
    }

    @Test
    void differentPersonsStayApart() {
        assertThat(SpellingVariants.sameName("Ilham Aliyev", "heydar-aliyev")).as("another first name").isFalse();
        assertThat(SpellingVariants.sameName("Boris Gryzlov", "boris-yeltsin")).isFalse();
        assertThat(SpellingVariants.sameName("Ivan Petrov", "ivan-popov")).as("short names need an exact key").isFalse();
        assertThat(SpellingVariants.sameName("Mark Karimovich", "islam-karimov")).isFalse();
    }
}
