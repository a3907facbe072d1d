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
        StringBuilder body = new StringBuilder();
        for (int[] b : blocks) {
            String text = text(draft, lines, b);
            if (isCapitals(text)) capitalBlocks.add(b);
            else body.append(text).append('\n');
        }
        if (capitalBlocks.isEmpty()) return draft;
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

    private static boolean isCapitals(String text) {
        int letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) { letters++; if (Character.isUpperCase(c)) upper++; }
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
