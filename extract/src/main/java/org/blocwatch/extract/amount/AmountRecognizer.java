package org.blocwatch.extract.amount;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Annotator;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.text.Sentence;
import org.blocwatch.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds sums of money and percentages. A factor ("в 1,2 раза", "um das 1,2-fache", "1.5-fold") is
 * read as the change in percent it means: a rise by a factor of 1.2 is one of 20%, a fall by a
 * factor of 2 ("сократился в 2 раза") one of -50%. The qualifier comes from a word before the figure ("fast",
 * "rund", "über", "more than", "почти", "свыше") or from a verb of exceeding in the same sentence
 * ("übersteigt", "überschritten", "exceeded", "превысил"). Thread-safe.
 */
public final class AmountRecognizer implements Annotator {
    private static final String NUMBER = "(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(billionen|milliarden|mrd\\.?|millionen|mio\\.?|tausend|trillion|billion|bn|million|mn|m|thousand|трлн\\.?|млрд\\.?|млн\\.?|тыс\\.?|триллион\\p{L}*|миллиард\\p{L}*|миллион\\p{L}*)";
    private static final String CURRENCY = "((?:us[- ])?dollars?(?:\\s+(?:сша|us))?|us-\\$|usd|euro|eur|rubel|rubles?|roubles?|доллар\\p{L}*(?:\\s+сша)?|долл\\.(?:\\s+сша)?"
            + "|евро|рубл\\p{L}*|руб\\.|tenge|тенге|€|\\$)";
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\p{L}\\d])(\\$|€|US\\$)?\\s?" + NUMBER + "\\s?(?:" + SCALE + "(?![\\p{L}]))?\\s?" + CURRENCY + "?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + "\\s?(%|prozent|percent|per cent|процент\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPROX = Pattern.compile("(?<![\\p{L}])(?:fast|rund|etwa|ungefähr|circa|ca\\.|knapp|annähernd|nahezu|almost|nearly|about|around|roughly|approximately|some|почти|около|примерно|порядка)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MORE = Pattern.compile("(?<![\\p{L}])(?:über|mehr als|more than|over|above|in excess of|свыше|более|больше)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LESS = Pattern.compile("(?<![\\p{L}])(?:unter|weniger als|less than|under|below|менее|меньше)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXCEED = Pattern.compile("(?<![\\p{L}])(?:übersteig\\p{L}*|überstieg\\p{L}*|überschritt\\p{L}*|übertr[ia]f\\p{L}*|exceed\\p{L}*|surpass\\p{L}*|topp?ed|превыс\\p{L}*|превыша\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "um 50%", "by 12%", "на 5%", or a verb of change right before: "rose 26%", "wuchs 5%", "вырос на". */
    private static final Pattern CHANGE = Pattern.compile("(?<![\\p{L}])(?:um|by|на|rose|grew|increased|jumped|fell|dropped|declined|stieg|wuchs|sank|fiel"
            + "|вырос\\p{L}*|снизил\\p{L}*)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Verbs of decrease, which make a factor a fall. */
    private static final Pattern FALL = Pattern.compile("(?<![\\p{L}])(?:fell|dropped|declined|decreased|shrank|sank|fiel|schrumpfte|verringerte"
            + "|сократил\\p{L}*|снизил\\p{L}*|уменьшил\\p{L}*|упал\\p{L}*|сниз\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A factor: "in 1,2 раза" (Russian needs the "в"), "um das 1,2-fache", "1.5-fold", "rose 2.5 times" (a verb of change
     * before "times", which otherwise counts anything).
     */
    private static final Pattern FACTOR = Pattern.compile("(?<![\\p{L}\\d])(?:(?<=в\\s)" + NUMBER + "\\s?раза?|(?<=das\\s)" + NUMBER + "-?fache[nms]?"
            + "|" + NUMBER + "-fold|" + NUMBER + "\\s?times)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What a match of {@link #PERCENT} and of {@link #FACTOR} must contain, in lower case. */
    private static final String[] PERCENT_WORDS = {"%", "prozent", "percent", "per cent", "процент"};
    private static final String[] FACTOR_WORDS = {"раз", "fache", "-fold", "times"};

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }

    @Override public Layer provides() { return Layer.AMOUNTS; }

    @Override
    public void annotate(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences())
            for (Amount a : find(doc.text(), s.start(), s.end(), doc.language())) doc.addAmount(s.index(), a);
    }

    /** The amounts in text[from, to); {@code lang} decides whether "1.500" is fifteen hundred or one and a half. */
    public static List<Amount> find(String text, int from, int to, String lang) {
        List<Amount> out = new ArrayList<>();
        boolean digits = false;
        for (int i = from; i < to && !digits; i++) digits = Character.isDigit(text.charAt(i));
        if (!digits) return out;
        // the patterns are tried at every character: a sentence without their key words is spared them
        String lower = lowerCase(text, from, to);
        Boolean exceeds = null;
        boolean percents = hasAny(lower, PERCENT_WORDS), factors = hasAny(lower, FACTOR_WORDS);
        Matcher p = PERCENT.matcher(text).region(from, to);
        while (percents && p.find()) {
            BigDecimal v = number(p.group(1), lang);
            String before = text.substring(Math.max(from, p.start() - 25), p.start());
            out.add(new Amount(p.start(), p.end(), v, "%", qualifier(before, false), CHANGE.matcher(before).find()));
        }
        Matcher f = FACTOR.matcher(text).region(from, to);
        while (factors && f.find()) {
            String figure = f.group(1) != null ? f.group(1) : f.group(2) != null ? f.group(2) : f.group(3) != null ? f.group(3) : f.group(4);
            String before = text.substring(Math.max(from, f.start() - 25), f.start());
            boolean times = f.group(4) != null;
            if (times && !CHANGE.matcher(before).find()) continue;
            BigDecimal growth = growth(number(figure, lang), FALL.matcher(text.substring(Math.max(from, f.start() - 40), f.start())).find());
            if (growth != null) out.add(new Amount(f.start(), f.end(), growth, "%", qualifier(before, false), true));
        }
        Matcher m = MONEY.matcher(text).region(from, to);
        while (m.find()) {
            String symbol = m.group(1), scale = m.group(3), currency = m.group(4);
            if (symbol == null && currency == null) continue;
            if (overlaps(out, m.start(), m.end())) continue;
            BigDecimal v = number(m.group(2), lang).multiply(scale(scale));
            if (exceeds == null) exceeds = EXCEED.matcher(text).region(from, to).find();
            String before = text.substring(Math.max(from, m.start() - 25), m.start());
            out.add(new Amount(m.start(), m.end(), v, currency(symbol != null ? symbol : currency),
                    qualifier(before, exceeds), CHANGE.matcher(before).find()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean hasAny(String lower, String[] words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** text[from, to) lower-cased character by character, as the case-blind patterns compare. */
    private static String lowerCase(String text, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) chars[i - from] = Character.toLowerCase(text.charAt(i));
        return new String(chars);
    }

    /** The change in percent a factor means, to one decimal; null for a factor of one or less, which says no change. */
    private static BigDecimal growth(BigDecimal factor, boolean fall) {
        if (factor.compareTo(BigDecimal.ONE) <= 0) return null;
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal change = fall ? BigDecimal.ONE.divide(factor, 6, java.math.RoundingMode.HALF_UP).subtract(BigDecimal.ONE).multiply(hundred)
                : factor.subtract(BigDecimal.ONE).multiply(hundred);
        return change.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static boolean overlaps(List<Amount> list, int start, int end) {
        for (Amount a : list) if (a.start() < end && start < a.end()) return true;
        return false;
    }

    private static Qualifier qualifier(String before, boolean exceeds) {
        if (APPROX.matcher(before).find()) return Qualifier.APPROX;
        if (MORE.matcher(before).find()) return Qualifier.MORE_THAN;
        if (LESS.matcher(before).find()) return Qualifier.LESS_THAN;
        return exceeds ? Qualifier.MORE_THAN : Qualifier.EXACT;
    }

    static BigDecimal number(String digits, String lang) {
        String s = digits.replace("\u00a0", "").replace(" ", "");
        boolean decimalComma = !"en".equals(lang);
        char thousands = decimalComma ? '.' : ',';
        char decimal = decimalComma ? ',' : '.';
        // "45.5bn" in a German text, or "1,500" in an English one: a separator followed by exactly three digits groups thousands
        s = s.replace(String.valueOf(thousands), "");
        s = s.replace(decimal, '.');
        return new BigDecimal(s);
    }

    private static BigDecimal scale(String word) {
        if (word == null) return BigDecimal.ONE;
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("billion") && !w.equals("billion") || w.startsWith("трлн") || w.startsWith("триллион") || w.equals("trillion")) return new BigDecimal("1e12");
        if (w.startsWith("milliard") || w.startsWith("mrd") || w.equals("billion") || w.equals("bn") || w.startsWith("млрд") || w.startsWith("миллиард")) return new BigDecimal("1e9");
        if (w.startsWith("million") || w.startsWith("mio") || w.equals("mn") || w.equals("m") || w.startsWith("млн") || w.startsWith("миллион")) return new BigDecimal("1e6");
        return new BigDecimal("1e3");
    }

    private static String currency(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("$") || w.contains("dollar") || w.equals("usd") || w.startsWith("доллар") || w.startsWith("долл")) return "USD";
        if (w.equals("€") || w.startsWith("euro") || w.equals("eur") || w.equals("евро")) return "EUR";
        if (w.equals("tenge") || w.equals("тенге")) return "KZT";
        return "RUB";
    }
}
