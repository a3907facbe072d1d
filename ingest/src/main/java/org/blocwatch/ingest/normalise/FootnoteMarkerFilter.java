package org.blocwatch.ingest.normalise;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the footnote numbers that PDF extraction glues to the word or punctuation they
 * annotate ("wäre3.", "Rede“1", "Kirgisistans14"), once the footnotes themselves have gone to
 * the reference list. Only numbers that are among the document's footnotes, directly after a
 * lower-case letter, a closing quote or punctuation and before a break, are taken: "G20",
 * "Covid-19" and "im Jahre 2022" stay.
 */
public final class FootnoteMarkerFilter implements TextFilter {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s");
    private static final Pattern MARKER = Pattern.compile("(?<=[\\p{Ll}“”\"»’.,;:])(\\d{1,3})(?=[\\s.,;:)]|$)");

    @Override
    public Draft apply(Draft draft) {
        Set<String> numbers = new HashSet<>();
        for (String reference : draft.references()) {
            Matcher m = NUMBERED.matcher(reference);
            if (m.find()) numbers.add(m.group(1));
        }
        if (numbers.isEmpty()) return draft;
        DraftEditor editor = new DraftEditor(draft);
        Matcher m = MARKER.matcher(draft.text());
        int copied = 0;
        while (m.find()) {
            if (!numbers.contains(m.group(1))) continue;
            editor.keep(copied, m.start());
            copied = m.end();
        }
        if (copied == 0) return draft;
        editor.keep(copied, draft.text().length());
        return editor.build();
    }
}
