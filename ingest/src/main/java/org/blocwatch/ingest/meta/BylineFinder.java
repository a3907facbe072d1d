package org.blocwatch.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the author where articles name one: a byline ("Von Anna Beispiel", "By Ann Example,
 * correspondent", "Автор: ...") near the top, or a bare name on its own line just above a
 * dateline, as analysis papers print it. A line that goes on after the name ("Von Russland
 * wird erwartet ...") is running text, not a byline.
 */
public final class BylineFinder {

    private static final int TOP_LINES = 40;
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.]*(?:-\\p{Lu}[\\p{L}'’.]*)?";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:von|van|de|der|den|zu|al|bin)\\s+)?" + NAME_WORD + "){1,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "(?:^|\\s)(?:Von|By|Autor(?:in)?:|Author:|Text:|Автор:?)\\s+(" + NAME + ")\\s*(?:$|[,|(]|\\s+(?:und|and|und|mit)\\s)");
    private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + ")$");

    /** A found author and the index of the line that named them. */
    public record Found(String author, int line) {}

    public Optional<Found> find(List<String> lines, DateFinder dates) {
        int limit = Math.min(lines.size(), TOP_LINES);
        for (int i = 0; i < limit; i++) {
            Matcher m = BYLINE.matcher(lines.get(i).strip());
            if (m.find()) return Optional.of(new Found(m.group(1), i));
        }
        for (int i = 0; i < limit; i++) {
            Matcher m = NAME_LINE.matcher(lines.get(i).strip());
            if (!m.matches() || m.group(1).length() > 40) continue;
            for (int j = i + 1; j < Math.min(limit, i + 4); j++) {
                if (dates.inText(List.of(lines.get(j))).isPresent()) return Optional.of(new Found(m.group(1), i));
            }
        }
        return Optional.empty();
    }
}
