package org.blocwatch.ingest.normalise;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web captures saved as Markdown carry inline links and emphasis marks into the text. A link
 * keeps its words and gives its address to the reference list; a link whose words are only a
 * path or address ("([/politik/article1.html](https://...))") goes entirely; "**bold**" loses
 * its asterisks.
 */
public final class MarkdownFilter implements TextFilter {

    private static final Pattern PATH_LINK = Pattern.compile(" ?\\(\\[(?:/|https?://)[^\\]\\n]*\\]\\((https?://[^)\\s]+)\\)\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*\\*");

    @Override
    public Draft apply(Draft draft) {
        // most texts have no mark-up: a look for its signs costs less than the patterns tried at every character
        Draft out = draft;
        if (draft.text().contains("](")) out = replace(replace(out, PATH_LINK, false), LINK, true);
        return out.text().contains("**") ? replace(out, EMPHASIS, true) : out;
    }

    /** Replaces each match by its first group (or nothing); addresses in the last group become references. */
    private static Draft replace(Draft draft, Pattern pattern, boolean keepText) {
        Matcher m = pattern.matcher(draft.text());
        if (!m.find()) return draft;
        DraftEditor editor = new DraftEditor(draft);
        Set<String> urls = new LinkedHashSet<>();
        int copied = 0;
        do {
            editor.keep(copied, m.start());
            if (keepText) editor.keep(m.start(1), m.end(1));
            String last = m.group(m.groupCount());
            if (last.startsWith("http")) urls.add(last);
            copied = m.end();
        } while (m.find());
        editor.keep(copied, draft.text().length());
        urls.removeAll(draft.references());
        urls.forEach(editor::reference);
        return editor.build();
    }
}
