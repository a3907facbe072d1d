package org.blocwatch.ingest.normalise;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes page furniture that web capture leaves around an article: cookie and newsletter
 * notices, advertisements and webinar promotions, share and print buttons, navigation menus and
 * the runs of short link-like lines (menus, speaker lists, "more on this" links) that trail an
 * article. It works on lines, by general signs rather than by site: keyword lists for notices and
 * ads, and runs of short lines (no sentence punctuation, few words) at the start or end of the
 * text or next to a notice. Runs of short lines in the middle of an article (lists, headings)
 * stay, unless a notice is among them.
 */
public final class BoilerplateFilter implements TextFilter {

    /** Words that mark a notice or an advertisement on a line of up to {@link #NOTICE_WORDS} words, in lower case. */
    private static final Pattern NOTICE = Pattern.compile(
            "\\b(cookies?|newsletter|webinars?|advertisement|sponsored|kreditkarte|credit card|e-?paper|kurz-link"
                    + "|alle rechte vorbehalten|all rights reserved|datenschutz\\w*|privacy policy|jetzt (?:anmelden|abonnieren|registrieren|kaufen)"
                    + "|sign up|subscribe|abonnieren|gratis testen|kostenlos testen|zum angebot)\\b");
    /** Words that are furniture only when they are (nearly) the whole line. */
    private static final Pattern BUTTON = Pattern.compile(
            "^(?:anzeige|werbung|ad|teilen|share|drucken|print|tweet|twitter|facebook|whatsapp|linkedin|e-?mail|"
                    + "kommentare|comments|menü|menu|startseite|home|suche|search|login|anmelden|zurück|weiter|"
                    + "nach oben|mehr zum thema|lesen sie auch|read more|related|impressum|kontakt)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NOTICE_WORDS = 30;
    private static final int SHORT_WORDS = 6;
    private static final int SHORT_CHARS = 60;
    private static final int MIN_RUN = 3;

    @Override
    public Draft apply(Draft draft) {
        List<Draft.Line> lines = draft.lines();
        BitSet furniture = new BitSet();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).in(draft).strip();
            if (isNotice(line) || BUTTON.matcher(line).matches()) furniture.set(i);
        }
        markShortRuns(draft, lines, furniture);
        if (furniture.isEmpty()) return draft;
        return DraftEditor.withoutLines(draft, furniture, List.of());
    }

    /** Runs of short lines (blank lines may separate them) that sit at an edge or hold a notice. */
    private static void markShortRuns(Draft draft, List<Draft.Line> lines, BitSet furniture) {
        int i = 0;
        while (i < lines.size()) {
            if (!isShort(lines.get(i).in(draft)) && !furniture.get(i)) { i++; continue; }
            int start = i, count = 0, linkLike = 0;
            boolean notice = false;
            while (i < lines.size()) {
                String line = lines.get(i).in(draft).strip();
                if (line.isEmpty()) { i++; continue; }
                if (!isShort(line) && !furniture.get(i)) break;
                count++;
                if (words(line) <= 2 || line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* ")) linkLike++;
                notice |= furniture.get(i);
                i++;
            }
            boolean atStart = isBlankBefore(draft, lines, start);
            boolean atEnd = i == lines.size();
            boolean remove = count >= MIN_RUN && (notice || atEnd || (atStart && linkLike * 10 >= count * 6 && count >= 4));
            if (remove) furniture.set(start, i);
        }
    }

    private static boolean isBlankBefore(Draft draft, List<Draft.Line> lines, int index) {
        for (int j = 0; j < index; j++) if (!lines.get(j).isBlank(draft)) return false;
        return true;
    }

    static boolean isNotice(String line) {
        // the line lower-cased once: a case-blind pattern compares case at every character it tries
        return words(line, NOTICE_WORDS) <= NOTICE_WORDS && NOTICE.matcher(line.toLowerCase(Locale.ROOT)).find();
    }

    /** A line that cannot be running text: few words, no sentence punctuation at its end. */
    static boolean isShort(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > SHORT_CHARS || words(s) > SHORT_WORDS) return false;
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '"' && last != '“' && last != '»';
    }

    /** The white-space separated tokens with a letter or digit in them. */
    static int words(String line) { return words(line, Integer.MAX_VALUE); }

    /** {@link #words(String)}, counted only until there are more than {@code enough}: a paragraph is one long line. */
    static int words(String line, int enough) {
        int n = 0;
        boolean counted = false;
        for (int i = 0; i < line.length() && n <= enough; ) {
            int c = line.codePointAt(i);
            if (Character.isWhitespace(c)) counted = false;
            else if (!counted && Character.isLetterOrDigit(c)) {
                n++;
                counted = true;
            }
            i += Character.charCount(c);
        }
        return n;
    }
}
