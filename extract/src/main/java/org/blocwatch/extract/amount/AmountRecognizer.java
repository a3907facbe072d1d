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
 * Adds sums of money and percentages. The qualifier comes from a word before the figure ("fast",
 * "rund", "über", "more than", "почти", "свыше") or from a verb of exceeding in the same sentence
 * ("übersteigt", "überschritten", "exceeded", "превысил"). Thread-safe.
 */
public final class AmountRecognizer implements Annotator {
    private static final String NUMBER = "(\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(billionen|milliarden|mrd\\.?|millionen|mio\\.?|tausend|trillion|billion|bn|million|mn|m|thousand|трлн\\.?|млрд\\.?|млн\\.?|тыс\\.?|триллион\\p{L}*|миллиард\\p{L}*|миллион\\p{L}*)";
    private static final String CURRENCY = "(us-dollars?|us-\\$|dollars?|usd|euro|eur|rubel|rubles?|roubles?|долларов|доллара|доллар|долл\\.|евро|рублей|рубля|€|\\$)";
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\p{L}\\d])(\\$|€|US\\$)?\\s?" + NUMBER + "\\s?(?:" + SCALE + "(?![\\p{L}]))?\\s?" + CURRENCY + "?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\d])" + NUMBER + "\\s?(%|prozent|percent|per cent|процент\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPROX = Pattern.compile("(?:fast|rund|etwa|ungefähr|circa|ca\\.|knapp|annähernd|nahezu|almost|nearly|about|around|roughly|approximately|some|почти|около|примерно|порядка)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MORE = Pattern.compile("(?:über|mehr als|more than|over|above|in excess of|свыше|более|больше)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LESS = Pattern.compile("(?:unter|weniger als|less than|under|below|менее|меньше)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXCEED = Pattern.compile("(?<![\\p{L}])(?:übersteig\\p{L}*|überstieg\\p{L}*|überschritt\\p{L}*|übertr[ia]f\\p{L}*|exceed\\p{L}*|surpass\\p{L}*|topp?ed|превыс\\p{L}*|превыша\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "um 50%", "by 12%", "на 5%", or a verb of change right before: "rose 26%", "wuchs 5%", "вырос на". */
    private static final Pattern CHANGE = Pattern.compile("(?:um|by|на|rose|grew|increased|jumped|fell|dropped|declined|stieg|wuchs|sank|fiel"
            + "|вырос\\p{L}*|снизил\\p{L}*)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        boolean exceeds = EXCEED.matcher(text).region(from, to).find();
        Matcher p = PERCENT.matcher(text).region(from, to);
        while (p.find()) {
            BigDecimal v = number(p.group(1), lang);
            String before = text.substring(Math.max(from, p.start() - 25), p.start());
            out.add(new Amount(p.start(), p.end(), v, "%", qualifier(before, false), CHANGE.matcher(before).find()));
        }
        Matcher m = MONEY.matcher(text).region(from, to);
        while (m.find()) {
            String symbol = m.group(1), scale = m.group(3), currency = m.group(4);
            if (symbol == null && currency == null) continue;
            if (overlaps(out, m.start(), m.end())) continue;
            BigDecimal v = number(m.group(2), lang).multiply(scale(scale));
            String before = text.substring(Math.max(from, m.start() - 25), m.start());
            out.add(new Amount(m.start(), m.end(), v, currency(symbol != null ? symbol : currency),
                    qualifier(before, exceeds), CHANGE.matcher(before).find()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
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
        return "RUB";
    }
}
