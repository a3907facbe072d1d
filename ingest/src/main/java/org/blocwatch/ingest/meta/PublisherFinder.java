package org.blocwatch.ingest.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the publisher when the text names itself: web captures link back to their own site
 * again and again (related articles, short links), and the site's name appears in the text
 * ("Infografik WELT", "Die WELT als ePaper"). The most linked site's name, when linked at least
 * three times and written out at least twice, is taken in the spelling the text uses. Sites that
 * are only cited (footnotes to other outlets) are linked once or twice each and do not qualify.
 */
public final class PublisherFinder {

    private static final Pattern HOST = Pattern.compile("https?://(?:www\\.)?([\\p{L}\\d.-]+)");
    private static final int MIN_LINKS = 3;
    private static final int MIN_MENTIONS = 2;

    public String find(String text, List<String> references) {
        Map<String, Integer> links = new HashMap<>();
        StringBuilder all = new StringBuilder(text);
        references.forEach(r -> all.append('\n').append(r));
        Matcher m = HOST.matcher(all);
        while (m.find()) {
            String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
            if (labels.length >= 2) links.merge(labels[labels.length - 2], 1, Integer::sum);
        }
        String site = links.entrySet().stream().filter(e -> e.getValue() >= MIN_LINKS && e.getKey().length() >= 3)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (site == null) return null;
        Map<String, Integer> spellings = new HashMap<>();
        Matcher w = Pattern.compile("(?<![\\p{L}./])(" + Pattern.quote(site) + ")(?![\\p{L}.])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (w.find()) {
            String spelling = w.group(1);
            if (!spelling.equals(spelling.toLowerCase(Locale.ROOT))) spellings.merge(spelling, 1, Integer::sum);
        }
        // a name in capitals is a brand; a capitalised common noun ("Welt") is weaker evidence
        return spellings.entrySet().stream().filter(e -> e.getValue() >= MIN_MENTIONS)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))))
                .filter(e -> e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)))
                .map(Map.Entry::getKey).orElse(null);
    }
}
