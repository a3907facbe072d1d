package org.blocwatch.extract.time;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.model.PartialDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds time expressions in German, English and Russian, normalised to partial dates. Patterns
 * are tried from the most to the least specific; a span claimed by one is not matched again, so
 * "seit Ende Januar 2022" is one expression, not three. Expressions relative to the document's
 * date ("vor drei Jahren", "im vergangenen Dezember", "in den ersten zehn Monaten dieses Jahres")
 * are resolved against {@code published} at the precision they need, and otherwise left
 * unresolved. Thread-safe.
 */
public final class TimeRecognizer implements Annotator {
    private static final String M = "(" + Months.PATTERN + ")";
    private static final String N = "(" + NumberWords.PATTERN + ")";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
    private static final String PART = "(anfang|mitte|ende|frühjahr|sommer|herbst|early|mid|late|end of|beginning of|the end of|начале|середине|конце|начала|конца)";
    private static final String SINCE = "(seit|since|с|bis|until|till|до|von|from)";
    private static final String RU_YEAR = "(?:\\s+(?:года|году|годах|годы|годов|гг\\.|г\\.))?";
    /** "im ersten Halbjahr (2024)", "in the first half of 2024", "в первом полугодии 2024 года". */
    private static final String YEAR_PART = "(?:im\\s+|in\\s+the\\s+|in\\s+|в\\s+|за\\s+)?" + YearParts.ORDINAL + "\\s+" + YearParts.PART;

    /**
     * A pattern, what its match denotes, and what a sentence must contain for the pattern to be
     * worth trying: regular expressions with long alternations are costly, and most sentences have
     * no month name, or no digit.
     */
    private record Rule(Pattern pattern, Predicate<Clues> worthTrying, BiFunction<Match, PartialDate, Resolved> resolve, byte[] starts) {

        /**
         * Whether a match can begin with the character: the pattern is tried on it alone, once per
         * character. A failure that never reached the end of that one-character input depends on
         * nothing after it, so the pattern need not be tried at any word starting so: most words
         * begin no time expression of most rules, and trying them all was most of this layer's time.
         */
        boolean canStartWith(char c) {
            if (c >= starts.length || Character.isSurrogate(c)) return tryAlone(c);
            byte known = starts[c];
            if (known == 0) {
                // threads that race here compute the same answer
                known = tryAlone(c) ? YES : NO;
                starts[c] = known;
            }
            return known == YES;
        }

        private boolean tryAlone(char c) {
            Matcher m = pattern.matcher(String.valueOf(c));
            return m.lookingAt() || m.hitEnd();
        }
    }

    private static final byte YES = 1, NO = 2;
    /** Characters whose answer {@link Rule#canStartWith} keeps: Latin and Cyrillic. */
    private static final int KEPT_STARTS = 0x530;

    /** What a sentence offers a time expression: digits, a month name, its lower-case text for key words. */
    private record Clues(boolean digit, boolean month, String lower) {
        boolean has(String... words) {
            for (String w : words) if (lower.contains(w)) return true;
            return false;
        }
    }

    private static final Predicate<Clues> DIGIT = c -> c.digit();
    private static final Predicate<Clues> MONTH_AND_DIGIT = c -> c.month() && c.digit();

    /** What a rule made of its match; null dates with {@code relative} mean "unresolved". */
    private record Resolved(TimeExpression.Kind kind, PartialDate from, PartialDate to, boolean relative) {
        static Resolved point(PartialDate d) { return new Resolved(TimeExpression.Kind.POINT, d, d, false); }
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:in den |in the |за |в )?(?:ersten|first|первые)\\s+" + N + "\\s+(?:monaten|months|месяцев|месяца)\\s+"
                    + "(?:dieses|des laufenden|this|этого|текущего)\\s+(?:jahres|year|года)", c -> c.has("ersten", "first", "перв"), TimeRecognizer::firstMonths),
            rule("(?:" + PART + "\\s+(?:der\\s+|the\\s+)?)?(1[89]|20)(\\d)0(?:er(?:\\s+jahre)?|s|-х|-е)(?:\\s+годов)?", DIGIT, TimeRecognizer::decade),
            rule(YEAR_PART + "(?:\\s+(?:of\\s+|des\\s+jahres\\s+)?" + YEAR + "(?!\\d)" + RU_YEAR + ")?", c -> c.has("halbjahr", "quartal", "half", "quarter", "полугод", "квартал"),
                    TimeRecognizer::yearPart),
            rule("(?:(?:von|from|с)\\s+)?" + M + "\\s*(?:[-–—]|bis|to|until|through|по)\\s*" + M + "\\s+" + YEAR + "(?!\\d)" + RU_YEAR, MONTH_AND_DIGIT,
                    TimeRecognizer::monthRange),
            rule("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)", DIGIT, (m, d) -> day(m.group(3), m.group(2), m.group(1))),
            rule("(?<!\\d)(\\d{1,2})\\.?\\s+" + M + "\\s+" + YEAR + RU_YEAR, MONTH_AND_DIGIT, (m, d) -> dayNamed(m.group(3), m.group(2), m.group(1))),
            rule(M + "\\s+(\\d{1,2}),?\\s+" + YEAR, MONTH_AND_DIGIT, (m, d) -> dayNamed(m.group(3), m.group(1), m.group(2))),
            rule("(?<!\\d)(\\d{1,2})\\.?\\s+" + M + "(?!\\s*\\d)", MONTH_AND_DIGIT, (m, d) -> dayOfDocumentYear(m.group(2), m.group(1), d)),
            rule(M + "\\s+(\\d{1,2})(?![\\d,:]|\\.\\d)(?!\\s*\\d)", MONTH_AND_DIGIT, (m, d) -> dayOfDocumentYear(m.group(1), m.group(2), d)),
            rule(M + "(?=\\s+(?:und|and|и)\\s+" + Months.PATTERN + "\\s+" + YEAR + ")", MONTH_AND_DIGIT, (m, d) -> month(m.group(2), m.group(1))),
            rule("(?:(?:von|from|между)\\s+)?" + YEAR + "\\s*(?:[-–—/]|bis|to|und|and|по)\\s*" + YEAR + "(?!\\d)" + RU_YEAR, DIGIT, TimeRecognizer::yearRange),
            rule(SINCE + "\\s+(?:" + PART + "\\s+(?:of\\s+)?)?(?:" + M + "\\s+)?" + YEAR + "(?!\\d)" + RU_YEAR, DIGIT, TimeRecognizer::sinceOrUntil),
            rule("(?:" + PART + "\\s+)?" + M + "\\s+" + YEAR + "(?!\\d)" + RU_YEAR, MONTH_AND_DIGIT, (m, d) -> month(m.group(3), m.group(2))),
            rule(PART + "\\s+(?:of\\s+)?" + YEAR + "(?!\\d)" + RU_YEAR, DIGIT, (m, d) -> Resolved.point(PartialDate.ofYear(Integer.parseInt(m.group(2))))),
            rule("(?:vergangenen|letzten|vorigen|last|прошлом)\\s+" + M, c -> c.month() && c.has("vergangen", "letzt", "vorig", "last", "прошл"),
                    (m, d) -> lastMonth(m.group(1), d)),
            rule(M + "\\s+(?:прошлого)\\s+года", c -> c.month() && c.has("прошлого"), (m, d) -> lastMonth(m.group(1), d)),
            rule("(?:vor\\s+" + N + "\\s+jahren|" + N + "\\s+years?\\s+ago|" + N + "\\s+(?:года|лет)\\s+назад)", c -> c.has("jahren", "ago", "назад"),
                    TimeRecognizer::yearsAgo),
            rule("(?:dieses|diesen|in diesem|this|этого|в этом)\\s+(?:jahres|jahr|year|году|года)", c -> c.has("jahr", "year", "год"), (m, d) -> yearsBack(0, d)),
            rule("(?:im\\s+)?(?:vergangenen|letzten|vorigen|last|прошлом|прошлого)\\s+(?:jahr|jahres|year|году|года)", c -> c.has("jahr", "year", "год"),
                    (m, d) -> yearsBack(1, d)),
            rule("(?:(seit|since|с)\\s+)?(?:" + PART + "\\s+)?" + M + "(?!\\s*\\d)", Clues::month, TimeRecognizer::monthOfDocumentYear),
            rule("(?:gestern|yesterday|вчера)", c -> c.has("gestern", "yesterday", "вчера"), (m, d) -> daysBack(1, d)),
            rule(Weekdays.PATTERN, c -> c.has(Weekdays.CLUES), TimeRecognizer::lastWeekday),
            rule("(?<![\\d.,/])" + YEAR + "(?![\\d]|[.,]\\d|er|s\\b|\\s*(?:%|prozent|milliard|million|euro|dollar|us-dollar|km))" + RU_YEAR, DIGIT,
                    (m, d) -> Resolved.point(PartialDate.ofYear(Integer.parseInt(m.group(1))))));

    /**
     * A match on the lower-cased text, read back from the original: patterns need no case-insensitive
     * Unicode matching (slow), and resolvers still see whether a month was capitalised.
     */
    private record Match(Matcher matcher, String original) {
        String group(int i) {
            int s = matcher.start(i);
            return s < 0 ? null : original.substring(s, matcher.end(i));
        }
    }

    private static Rule rule(String regex, Predicate<Clues> worthTrying, BiFunction<Match, PartialDate, Resolved> resolve) {
        return new Rule(Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}])"), worthTrying, resolve, new byte[KEPT_STARTS]);
    }

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }

    @Override public Layer provides() { return Layer.TIMES; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        for (Sentence s : doc.sentences())
            for (TimeExpression t : find(text, s.start(), s.end(), doc.source().published())) doc.addTime(s.index(), t);
    }

    /** The time expressions in text[from, to), in text order, resolved against {@code published} (may be null). */
    public static List<TimeExpression> find(String text, int from, int to, PartialDate published) {
        List<TimeExpression> out = new ArrayList<>();
        BitSet taken = new BitSet();
        boolean digits = false;
        for (int i = from; i < to && !digits; i++) digits = Character.isDigit(text.charAt(i));
        String sentence = text.substring(from, to);
        String lower = lowerCase(sentence);
        Clues clues = new Clues(digits, Months.mentioned(lower), lower);
        int[] starts = wordStarts(lower);
        for (Rule rule : RULES) {
            if (!rule.worthTrying().test(clues)) continue;
            Matcher m = rule.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int start : starts) {
                if (start < next || taken.get(start) || !rule.canStartWith(lower.charAt(start))) continue;
                if (!m.region(start, lower.length()).lookingAt()) continue;
                if (taken.get(m.start(), m.end()).cardinality() > 0) continue;
                if (NumberContext.notADate(lower, m.start(), m.end())) continue;
                Resolved r;
                try {
                    r = rule.resolve().apply(new Match(m, sentence), published);
                } catch (RuntimeException impossibleDate) {
                    r = null; // "31.02.2020", a month 13: not a date after all
                }
                if (r == null) continue;
                taken.set(m.start(), m.end());
                next = m.end();
                out.add(new TimeExpression(from + m.start(), from + m.end(), r.kind(), r.from(), r.to(), r.relative()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Where a time expression can begin: a letter or digit not preceded by one. Trying the patterns
     * only there, anchored, is much cheaper than letting each search every position.
     */
    private static int[] wordStarts(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++)
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }

    /** The text lower-cased character by character, so that offsets stay those of the text. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    // ------------------------------------------------------------------ resolvers

    private static Resolved day(String y, String mo, String d) {
        return Resolved.point(new PartialDate(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    }

    private static Resolved dayNamed(String y, String month, String d) {
        if (!Months.plausible(month)) return null;
        return Resolved.point(new PartialDate(Integer.parseInt(y), Months.number(month), Integer.parseInt(d)));
    }

    private static Resolved month(String y, String month) {
        if (!Months.plausible(month)) return null;
        return Resolved.point(PartialDate.ofMonth(Integer.parseInt(y), Months.number(month)));
    }

    /** "im ersten Halbjahr 2024": the months of that part; without a year, the latest such part begun by the document's date. */
    private static Resolved yearPart(Match m, PartialDate doc) {
        int[] months = YearParts.months(YearParts.ordinal(m.group(1)), m.group(2));
        if (months == null) return null;
        if (m.group(3) != null) {
            int year = Integer.parseInt(m.group(3));
            return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofMonth(year, months[0]), PartialDate.ofMonth(year, months[1]), false);
        }
        if (doc == null || doc.month() == 0) return new Resolved(TimeExpression.Kind.RANGE, null, null, true);
        int year = months[0] <= doc.month() ? doc.year() : doc.year() - 1;
        return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofMonth(year, months[0]), PartialDate.ofMonth(year, months[1]), true);
    }

    /** "Januar bis Oktober 2024", "January–October 2024", "в январе-октябре 2024 года". */
    private static Resolved monthRange(Match m, PartialDate doc) {
        if (!Months.plausible(m.group(1)) || !Months.plausible(m.group(2))) return null;
        int year = Integer.parseInt(m.group(3)), first = Months.number(m.group(1)), last = Months.number(m.group(2));
        if (last <= first) return null;
        return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofMonth(year, first), PartialDate.ofMonth(year, last), false);
    }

    /** "am 9. Mai", "24 ноября", "on 12 June": that day in the latest year in which it is not after the document's date. */
    private static Resolved dayOfDocumentYear(String month, String day, PartialDate doc) {
        if (!Months.plausible(month)) return null;
        int mo = Months.number(month), d = Integer.parseInt(day);
        if (d < 1 || d > 31) return null;
        if (doc == null || doc.month() == 0) return new Resolved(TimeExpression.Kind.POINT, null, null, true);
        boolean later = mo > doc.month() || (mo == doc.month() && doc.day() != 0 && d > doc.day());
        PartialDate date = new PartialDate(later ? doc.year() - 1 : doc.year(), mo, d);
        return new Resolved(TimeExpression.Kind.POINT, date, date, true);
    }

    private static Resolved yearRange(Match m, PartialDate doc) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
        if (b <= a) return null;
        return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofYear(a), PartialDate.ofYear(b), false);
    }

    private static Resolved sinceOrUntil(Match m, PartialDate doc) {
        String word = m.group(1).toLowerCase();
        int year = Integer.parseInt(m.group(4));
        PartialDate date = m.group(3) != null && Months.plausible(m.group(3))
                ? PartialDate.ofMonth(year, Months.number(m.group(3))) : PartialDate.ofYear(year);
        boolean until = word.equals("bis") || word.equals("until") || word.equals("till") || word.equals("до");
        return until ? new Resolved(TimeExpression.Kind.UNTIL, null, date, false)
                : new Resolved(TimeExpression.Kind.SINCE, date, null, false);
    }

    private static Resolved decade(Match m, PartialDate doc) {
        int start = Integer.parseInt(m.group(2) + m.group(3) + "0");
        String part = m.group(1) == null ? "" : m.group(1).toLowerCase();
        int from = start, to = start + 9;
        if (part.matches("anfang|early|начале|начала|beginning of")) to = start + 3;
        else if (part.matches("mitte|mid|середине")) { from = start + 3; to = start + 6; }
        else if (!part.isEmpty()) from = start + 6;
        return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofYear(from), PartialDate.ofYear(to), false);
    }

    private static Resolved firstMonths(Match m, PartialDate doc) {
        int n = NumberWords.parse(m.group(1));
        if (n < 1 || n > 12) return null;
        if (doc == null) return new Resolved(TimeExpression.Kind.RANGE, null, null, true);
        return new Resolved(TimeExpression.Kind.RANGE, PartialDate.ofMonth(doc.year(), 1), PartialDate.ofMonth(doc.year(), n), true);
    }

    private static Resolved lastMonth(String month, PartialDate doc) {
        int mo = Months.number(month);
        if (doc == null || doc.month() == 0) return new Resolved(TimeExpression.Kind.POINT, null, null, true);
        int year = mo < doc.month() ? doc.year() : doc.year() - 1;
        PartialDate d = PartialDate.ofMonth(year, mo);
        return new Resolved(TimeExpression.Kind.POINT, d, d, true);
    }

    private static Resolved yearsAgo(Match m, PartialDate doc) {
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        int n = NumberWords.parse(word);
        if (n < 1) return null;
        return yearsBack(n, doc);
    }

    /** "gestern", "yesterday", "вчера": a day before the document's day; unresolved when the document has no day. */
    private static Resolved daysBack(int n, PartialDate doc) {
        if (doc == null || doc.day() == 0) return new Resolved(TimeExpression.Kind.POINT, null, null, true);
        PartialDate d = PartialDate.of(doc.earliest().minusDays(n));
        return new Resolved(TimeExpression.Kind.POINT, d, d, true);
    }

    /** "am Montag", "on Monday", "в понедельник": the latest such day not after the document's day (news reports what was). */
    private static Resolved lastWeekday(Match m, PartialDate doc) {
        DayOfWeek day = Weekdays.of((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
        if (day == null) return null;
        if (doc == null || doc.day() == 0) return new Resolved(TimeExpression.Kind.POINT, null, null, true);
        LocalDate date = doc.earliest().with(TemporalAdjusters.previousOrSame(day));
        PartialDate d = PartialDate.of(date);
        return new Resolved(TimeExpression.Kind.POINT, d, d, true);
    }

    private static Resolved yearsBack(int n, PartialDate doc) {
        if (doc == null) return new Resolved(TimeExpression.Kind.POINT, null, null, true);
        PartialDate d = PartialDate.ofYear(doc.year() - n);
        return new Resolved(TimeExpression.Kind.POINT, d, d, true);
    }

    /** "Im Januar", "seit Ende Januar": the latest such month not after the document's date. */
    private static Resolved monthOfDocumentYear(Match m, PartialDate doc) {
        String month = m.group(3);
        // abbreviations ("Jan", "Mar") are too often names or words when no year follows
        boolean fullName = month.length() >= 4 || month.matches("(?i)mai|may|ма[йяе]");
        if (!Months.plausible(month) || !fullName) return null;
        boolean since = m.group(1) != null;
        TimeExpression.Kind kind = since ? TimeExpression.Kind.SINCE : TimeExpression.Kind.POINT;
        if (doc == null || doc.month() == 0) return new Resolved(kind, null, null, true);
        int mo = Months.number(month);
        PartialDate d = PartialDate.ofMonth(mo <= doc.month() ? doc.year() : doc.year() - 1, mo);
        return new Resolved(kind, d, since ? null : d, true);
    }
}
