package org.blocwatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetMapTest {

    /** "Der  Rat" with its doubled space dropped, a moved line and an inserted pair of breaks. */
    private static final int[] ENTRIES = {0, 1, 2, 3, 5, 6, 7, 20, 21, 9, 9, 22};

    @Test
    void looksUpEveryEntryAsGiven() {
        OffsetMap map = OffsetMap.of(ENTRIES);
        assertThat(map.length()).isEqualTo(ENTRIES.length);
        for (int i = 0; i < ENTRIES.length; i++) assertThat(map.at(i)).as("entry %d", i).isEqualTo(ENTRIES[i]);
    }

    @Test
    void keepsOneRunPerStretchCopiedUnchanged() {
        OffsetMap map = OffsetMap.of(ENTRIES);
        // 0-3, 5-7, 20-21, 9, 9, 22: a repeated entry starts a run of its own
        assertThat(map.runs()).isEqualTo(6);
        assertThat(map.runStart(1)).isEqualTo(4);
        assertThat(map.runOriginal(1)).isEqualTo(5);
        assertThat(OffsetMap.identity(1_000_000).runs()).isEqualTo(1);
        assertThat(OffsetMap.identity(1_000_000).at(999_999)).isEqualTo(999_999);
    }

    @Test
    void equalEntriesMakeEqualMapsHoweverBuilt() {
        OffsetMap byRuns = new OffsetMap.Builder().addRun(0, 4).addRun(5, 3).addRun(20, 2).add(9).add(9).add(22).build();
        OffsetMap split = new OffsetMap.Builder().addRun(0, 2).addRun(2, 2).add(5).addRun(6, 2).addRun(20, 2).add(9).add(9).add(22).build();
        assertThat(byRuns).isEqualTo(OffsetMap.of(ENTRIES)).isEqualTo(split).hasSameHashCodeAs(split);
        assertThat(byRuns).isNotEqualTo(OffsetMap.of(new int[]{0, 1, 2, 3, 5, 6, 7, 20, 21, 9, 10, 22}));
    }

    @Test
    void aWindowIsTheSliceOfEntriesWithItsEnd() {
        OffsetMap map = OffsetMap.of(ENTRIES);
        OffsetMap window = map.window(2, 8);
        assertThat(window.length()).isEqualTo(7);
        for (int i = 0; i <= 6; i++) assertThat(window.at(i)).isEqualTo(ENTRIES[2 + i]);
        assertThat(map.window(0, ENTRIES.length - 1)).isEqualTo(map);
        assertThat(map.window(5, 5).length()).isEqualTo(1);
    }

    @Test
    void appendingCopiesEntriesAcrossRuns() {
        OffsetMap map = OffsetMap.of(ENTRIES);
        OffsetMap copy = new OffsetMap.Builder().add(100).append(map, 3, 10).build();
        assertThat(copy).isEqualTo(OffsetMap.of(new int[]{100, 3, 5, 6, 7, 20, 21, 9}));
    }

    @Test
    void refusesEntriesOutsideTheMap() {
        OffsetMap map = OffsetMap.of(ENTRIES);
        assertThatThrownBy(() -> map.at(ENTRIES.length)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> map.at(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> map.window(3, ENTRIES.length)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new OffsetMap.Builder().append(map, 0, ENTRIES.length + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void normalisedTextQuotesThroughTheRuns() {
        String original = "Der  Rat tagte.";
        NormalisedText text = new NormalisedText(original, "Der Rat tagte.", OffsetMap.of(new int[]{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
        assertThat(text.originalSpan(0, 7)).containsExactly(0, 8);
        assertThat(text.originalQuote(0, 7)).isEqualTo("Der  Rat");
        assertThat(text.originalQuote(4, 14)).isEqualTo("Rat tagte.");
        assertThat(text).isEqualTo(new NormalisedText(original, "Der Rat tagte.", new int[]{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
    }

    @Test
    void aWindowQuotesTheWholeOriginal() {
        String original = "Erster  Absatz.\n\nZweiter Absatz.";
        NormalisedText text = new NormalisedText(original, "Erster Absatz.\n\nZweiter Absatz.",
                new OffsetMap.Builder().addRun(0, 6).addRun(7, 26).build());
        NormalisedText second = text.window(16, 31);
        assertThat(second.text()).isEqualTo("Zweiter Absatz.");
        assertThat(second.original()).isSameAs(original);
        assertThat(second.originalSpan(0, 7)).containsExactly(17, 24);
        assertThat(second.originalQuote(0, 15)).isEqualTo("Zweiter Absatz.");
        assertThat(text.window(0, 14).originalQuote(0, 14)).isEqualTo("Erster  Absatz.");
    }

    @Test
    void refusesAMapOfTheWrongLength() {
        assertThatThrownBy(() -> new NormalisedText("ab", "ab", OffsetMap.identity(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 entries for 2 chars");
    }
}
