package org.blocwatch.ingest.normalise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Moves the pull quotes and summary boxes of magazine-style PDF layouts out of the running text
 * to its end. Such a box is set in capitals and restates what the text says, and the layout drops
 * it into the middle of a paragraph; moved behind the body it no longer splits sentences, and
 * what only the box says (a poll figure, say) stays in the text for extraction. A block (lines between blank lines) counts as one when it is
 * almost all capitals, long enough not to be a heading or a title, and at least half of its words occur
 * in the non-capital text as well; a box that says something new is not a repetition and stays.
 */
public final class PullQuoteFilter implements TextFilter {

    private static final double CAPITALS = 0.85;
    private static final int MIN_WORDS = 12;
    private static final double REPEATED = 0.5;
    private static final int MIN_TOKEN = 4;

    @Override
    public Draft apply(Draft draft) {
        List<Draft.Line> lines = draft.lines();
        List<int[]> blocks = blocks(draft, lines);
        List<int[]> capitalBlocks = new ArrayList<>();
        for (int[] b : blocks) if (isCapitals(draft.text(), lines.get(b[0]).start(), lines.get(b[1] - 1).end())) capitalBlocks.add(b);
        if (capitalBlocks.isEmpty()) return draft;
        StringBuilder body = new StringBuilder();
        for (int[] b : blocks) if (!capitalBlocks.contains(b)) body.append(text(draft, lines, b)).append('\n');
        Set<String> bodyWords = new HashSet<>(tokens(body.toString()));
        BitSet boxes = new BitSet();
        for (int[] b : capitalBlocks) {
            String block = text(draft, lines, b);
            if (block.strip().split("\\s+").length < MIN_WORDS) continue;
            Set<String> distinct = new HashSet<>(tokens(block));
            long repeated = distinct.stream().filter(bodyWords::contains).count();
            if (repeated >= REPEATED * distinct.size()) boxes.set(b[0], b[1]);
        }
        if (boxes.isEmpty()) return draft;
        return DraftEditor.movingLinesToEnd(draft, boxes);
    }

    /** [first line, end line) of each run of non-blank lines. */
    private static List<int[]> blocks(Draft draft, List<Draft.Line> lines) {
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank(draft);
            if (!blank && start < 0) start = i;
            if (blank && start >= 0) { blocks.add(new int[]{start, i}); start = -1; }
        }
        return blocks;
    }

    private static String text(Draft draft, List<Draft.Line> lines, int[] block) {
        return draft.text().substring(lines.get(block[0]).start(), lines.get(block[1] - 1).end());
    }

    /** Whether text[from, to) is set in capitals: nearly all its letters upper case. */
    private static boolean isCapitals(String text, int from, int to) {
        int letters = 0, upper = 0;
        // more small letters than a capital block may have in all its characters: running text, known early
        double mostLower = (1 - CAPITALS) * (to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
            else if (letters - upper > mostLower) return false;
        }
        return letters > 0 && upper >= CAPITALS * letters;
    }

    /** Lower-case words of at least four letters, with words broken at line ends rejoined. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.replace("-\n", "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))
            if (t.length() >= MIN_TOKEN) out.add(t);
        return out;
    }
}
