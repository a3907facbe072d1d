package org.blocwatch.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a document's headline in its text. A headline is a line of a few words that does not
 * end like a sentence. Where a byline was found, the headline is the heading lines above it
 * (skipping datelines and labels; a headline set in capitals may span a blank line); otherwise
 * it is the first line of the text, after any dateline or one-word label. A document that starts
 * straight with running text has no headline, and none is made up.
 */
public final class TitleFinder {

    private static final int MAX_WORDS = 40;
    private static final int MAX_CHARS = 300;
    private static final Pattern META = Pattern.compile(
            "(?i)^(?:stand|lesedauer|date|datum|published|veröffentlicht|updated|aktualisiert|quelle|source|foto|bild)\\b.*");

    public String find(List<String> lines, BylineFinder.Found byline, DateFinder dates) {
        if (byline != null) {
            String above = headingAbove(lines, byline.line(), dates);
            if (above != null) return above;
        }
        int start = byline == null ? 0 : byline.line() + 1;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || isMeta(line, dates) || words(line) == 1) continue;
            return isHeading(line) ? line : null;
        }
        return null;
    }

    private String headingAbove(List<String> lines, int bylineIndex, DateFinder dates) {
        List<String> title = new ArrayList<>();
        int i = bylineIndex - 1;
        while (i >= 0 && (lines.get(i).isBlank() || isMeta(lines.get(i).strip(), dates))) i--;
        while (i >= 0) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                boolean capitalsAround = !title.isEmpty() && isCapitals(title.get(title.size() - 1))
                        && i > 0 && isCapitals(lines.get(i - 1).strip()) && isHeading(lines.get(i - 1).strip());
                if (!capitalsAround) break;
            } else if (isHeading(line) && words(line) > 1) { // a one-word line above is a label ("ANALYSE")
                title.add(line);
            } else {
                break;
            }
            i--;
        }
        if (title.isEmpty()) return null;
        Collections.reverse(title);
        String joined = String.join(" ", title);
        return words(joined) <= MAX_WORDS ? joined : null;
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_CHARS || words(line) > MAX_WORDS) return false;
        if (Character.isLowerCase(line.codePointAt(0))) return false;
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != '-' && !line.contains("://");
    }

    private static boolean isMeta(String line, DateFinder dates) {
        return META.matcher(line).matches() || dates.inText(List.of(line)).isPresent();
    }

    private static boolean isCapitals(String line) {
        return line.codePoints().noneMatch(Character::isLowerCase) && line.codePoints().anyMatch(Character::isLetter);
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }
}
