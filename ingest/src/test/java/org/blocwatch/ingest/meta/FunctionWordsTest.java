package org.blocwatch.ingest.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionWordsTest {

    private static final FunctionWords WORDS = new FunctionWords(List.of("de", "en", "ru", "uk", "fr", "kk", "pl", "es"));

    /** A lead of each language, invented: its function words decide it. */
    static Stream<Arguments> leads() {
        return Stream.of(
                Arguments.of("de", "Der Zollrat der Steppenstaaten hat sich am Montag auf eine neue Ordnung für den Handel "
                        + "mit Getreide geeinigt, die nach dem Willen der Minister noch im Sommer gelten soll und auch die Nachbarn betrifft."),
                Arguments.of("en", "The customs council of the steppe states has agreed on a new order for the grain trade, "
                        + "which the ministers said would take effect by summer and which they expect to have been adopted by their neighbours."),
                Arguments.of("ru", "Таможенный совет степных государств договорился о новом порядке торговли зерном, который, "
                        + "как сообщили министры, вступит в силу уже летом и также будет касаться соседей, если они этого захотят."),
                Arguments.of("uk", "Митна рада степових держав домовилася про новий порядок торгівлі зерном, який, як повідомили "
                        + "міністри, набуде чинності вже влітку і також стосуватиметься сусідів, що його підтримали, коли він був готовий."),
                Arguments.of("fr", "Le conseil douanier des États de la steppe est parvenu à un accord sur les règles du commerce "
                        + "des céréales, qui entreront en vigueur cet été et qui pour les voisins ne sont pas encore claires, mais il avance."),
                Arguments.of("es", "El consejo aduanero de los estados de la estepa acordó un nuevo régimen para el comercio del grano, "
                        + "que según los ministros entrará en vigor en verano y que también se aplicará a sus vecinos, como ya fue anunciado."),
                Arguments.of("pl", "Rada celna państw stepowych porozumiała się w sprawie nowych zasad handlu zbożem, które według ministrów "
                        + "wejdą w życie już latem oraz obejmą także sąsiadów, jak zapowiedziano przez rzecznika, który jest z nich zadowolony."),
                Arguments.of("kk", "Дала мемлекеттерінің кеден кеңесі астық саудасы туралы жаңа тәртіп бойынша келісті және бұл тәртіп "
                        + "осы жылы жазда күшіне енеді, ал көршілер үшін оның шарттары туралы олар кейін хабарлайды және мен бен деп айтты."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leads")
    void aLeadFullOfOneLanguagesFunctionWordsIsThatLanguage(String language, String lead) {
        assertThat(WORDS.decide(lead)).isEqualTo(language);
    }

    @Test
    void everyListHasWordsAndNoWordIsOnTwoLanguagesLists() {
        Map<String, String> languageOf = new HashMap<>();
        for (String lang : List.of("de", "en", "ru", "uk", "fr", "kk", "pl", "es")) {
            assertThat(FunctionWords.read(lang)).as(lang).hasSizeGreaterThanOrEqualTo(10);
            for (String word : FunctionWords.read(lang))
                assertThat(languageOf.put(word, lang)).as("'%s' of %s", word, lang).isNull();
        }
    }

    @Test
    void shortMixedOrNameOnlyTextIsLeftToTheModel() {
        // too few function words to be sure
        assertThat(WORDS.decide("Der Zollrat tagt.")).isNull();
        // names and figures only
        assertThat(WORDS.decide("Tarasun, Kasan, Orsk: 2024, 3,1 Mrd., OVKS, GUS, SCO, EAEU, Minsk, Astana, Baku, Jerewan")).isNull();
        // half German, half English: neither leads by far
        assertThat(WORDS.decide("Der Rat und die Minister haben sich auf eine Ordnung für den Handel geeinigt. "
                + "The council and the ministers have agreed on an order for the trade that is said to be new.")).isNull();
        assertThat(WORDS.decide("")).isNull();
    }
}
