package org.blocwatch.ingest.meta;

import org.blocwatch.model.PartialDate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date where documents print it: a dateline near the top
 * ("date 2025-10-16 Von ...", "Stand: 28.03.2022", "Veröffentlicht am 3. März 2021"), a date
 * alone on a line near the top, or a month-year line under the byline ("September 2023").
 * Dates in the running text are never taken: a report's events are not its date, and a year
 * alone ("seit 2022") is not a date of publication. No date found means none, never a guess.
 */
public final class DateFinder {

    /** How many lines from the top a dateline may stand. */
    private static final int TOP_LINES = 40;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("märz", 3), Map.entry("march", 3), Map.entry("mär", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("dezember", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12),
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12),
            Map.entry("январь", 1), Map.entry("февраль", 2), Map.entry("март", 3), Map.entry("апрель", 4),
            Map.entry("май", 5), Map.entry("июнь", 6), Map.entry("июль", 7), Map.entry("август", 8),
            Map.entry("сентябрь", 9), Map.entry("октябрь", 10), Map.entry("ноябрь", 11), Map.entry("декабрь", 12));

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\.? " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern MONTH_YEAR_LINE = Pattern.compile("^" + MONTH + " (\\d{4})$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:date|datum|stand|published|veröffentlicht(?: am)?|publiziert(?: am)?|erschienen(?: am)?|updated|aktualisiert(?: am)?|posted|опубликовано|дата)\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

    /** A date and the words it was read from. */
    public record Found(PartialDate date, String evidence) {}

    /** Looks at the top lines of the (lightly normalised) text. */
    public Optional<Found> inText(List<String> lines) {
        int limit = Math.min(lines.size(), TOP_LINES);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            Matcher label = LABEL.matcher(line);
            if (label.find()) {
                Optional<PartialDate> d = fullDate(line.substring(label.end()));
                if (d.isPresent()) return Optional.of(new Found(d.get(), line));
            }
        }
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            if (line.length() <= 30) {
                Optional<PartialDate> d = fullDate(line);
                if (d.isPresent()) return Optional.of(new Found(d.get(), line));
            }
            Matcher m = MONTH_YEAR_LINE.matcher(line);
            if (m.matches()) {
                Optional<PartialDate> d = date(m.group(2), month(m.group(1)), 0);
                if (d.isPresent()) return Optional.of(new Found(d.get(), line));
            }
        }
        return Optional.empty();
    }

    /** A date in a document's own address ("https://example.org/2024/05/17/story"). */
    public Optional<Found> inUrl(String url) {
        if (url == null) return Optional.empty();
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return Optional.empty();
        return date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).map(d -> new Found(d, url));
    }

    /** A metadata value such as "2024-05-17T08:00:00Z" or "2024-05". */
    public Optional<Found> inMetadata(String value) {
        if (value == null) return Optional.empty();
        Matcher m = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(value.strip());
        if (!m.find()) return Optional.empty();
        return date(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))).map(d -> new Found(d, "metadata " + value));
    }

    /** The first day-precise date in a string, in any of the usual spellings. */
    static Optional<PartialDate> fullDate(String s) {
        Matcher m = ISO.matcher(s);
        if (m.find()) return date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = DOTTED.matcher(s);
        if (m.find()) return date(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && month(m.group(2)) > 0) return date(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && month(m.group(1)) > 0) return date(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<PartialDate> date(String year, int month, int day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100 || month < 0 || month > 12 || (month == 0 && day != 0)) return Optional.empty();
        try {
            return Optional.of(new PartialDate(y, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
