package org.blocwatch.ingest.normalise;

import java.util.List;

/**
 * Undoes the line wrapping of layout formats so that a paragraph is one line, as sentence
 * splitting and snippets need. A block of lines is taken as wrapped when most of its lines end
 * without sentence punctuation (web text with one paragraph per line ends them with it, and is
 * left alone); a wrapped block is joined with spaces. A paragraph that a page break or a removed
 * footnote split (a blank line between a line ending mid-sentence and one starting in lower
 * case) is joined as well.
 */
public final class ParagraphReflowFilter implements TextFilter {

    private static final int MIN_LINES = 3;
    private static final double WRAPPED = 0.5;

    @Override
    public Draft apply(Draft draft) {
        List<Draft.Line> lines = draft.lines();
        boolean[] joinNext = new boolean[lines.size()];
        int start = 0;
        boolean any = false;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !lines.get(i).isBlank(draft)) continue;
            int count = i - start;
            if (count >= 2) {
                int open = 0;
                for (int j = start; j < i - 1; j++) if (!endsSentence(lines.get(j).in(draft))) open++;
                boolean wrapped = count >= MIN_LINES && open >= WRAPPED * (count - 1);
                for (int j = start; j < i - 1; j++) {
                    String line = lines.get(j).in(draft), next = lines.get(j + 1).in(draft);
                    boolean lowerNext = startsLower(next) && !endsSentence(line);
                    // a switch between capitals and running text is a heading's edge, not a wrap
                    boolean headingEdge = isCapitals(line) != isCapitals(next);
                    joinNext[j] = (wrapped && !headingEdge) || lowerNext;
                    any |= joinNext[j];
                }
            }
            if (i + 1 < lines.size() && count > 0 && !lines.get(i + 1).isBlank(draft)
                    && !endsSentence(lines.get(i - 1).in(draft)) && startsLower(lines.get(i + 1).in(draft))) {
                joinNext[i - 1] = true; // across the blank line i
                any = true;
            }
            start = i + 1;
        }
        if (!any) return draft;
        DraftEditor editor = new DraftEditor(draft);
        for (int i = 0; i < lines.size(); i++) {
            Draft.Line line = lines.get(i);
            editor.keep(line.start(), line.end());
            if (i == lines.size() - 1) {
                if (line.end() < draft.text().length()) editor.keep(line.end(), line.end() + 1);
            } else if (joinNext[i]) {
                editor.insert(" ", line.end());
                if (lines.get(i + 1).isBlank(draft) && i + 2 < lines.size()) i++; // skip the blank line
            } else {
                editor.keep(line.end(), line.end() + 1);
            }
        }
        return editor.build();
    }

    private static boolean endsSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) return true;
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '”' || c == '»' || c == '…';
    }

    private static boolean isCapitals(String line) {
        int letters = 0, upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) { letters++; if (Character.isUpperCase(c)) upper++; }
        }
        return letters >= 3 && upper == letters;
    }

    private static boolean startsLower(String line) {
        String s = line.strip();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
