package org.blocwatch.server;

import org.blocwatch.model.Claim;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A document's cleaned text with every claim's quote marked. Quote offsets point into the text
 * as extracted; the offset map of the cleaned text carries them over. Where quotes overlap, the
 * text is cut at every boundary and each piece links to the first claim covering it; the first
 * piece of each claim carries the anchor {@code q-ID} that the claim lists link to.
 */
final class DocumentHighlighter {
    private DocumentHighlighter() {}

    private record Span(Claim claim, int start, int end) {}

    static String render(NormalisedText text, List<Claim> claims) {
        String t = text.text();
        List<Span> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
        for (Claim c : claims) {
            Provenance.Document d = (Provenance.Document) c.provenance();
            int start = toCleaned(text, d.start()), end = Math.min(t.length(), toCleanedEnd(text, d.end()));
            if (end <= start) continue;
            spans.add(new Span(c, start, end));
            cuts.add(start);
            cuts.add(end);
        }
        StringBuilder b = new StringBuilder(t.length() + spans.size() * 120);
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                String piece = Html.esc(t.substring(from, cut));
                Span covering = null;
                for (Span s : spans) if (s.start() <= from && s.end() >= cut) { covering = s; break; }
                if (covering == null) {
                    b.append(piece);
                } else {
                    String id = covering.claim().id();
                    b.append("<a class=\"hl\" href=\"/claim/").append(Html.url(id)).append("\"");
                    for (Span s : spans)
                        if (s.start() == from && anchored.add(s.claim().id())) { b.append(" id=\"q-").append(Html.esc(s.claim().id())).append("\""); break; }
                    b.append(" title=\"").append(Html.esc(Pages.summary(covering.claim()))).append("\"><mark>").append(piece).append("</mark></a>");
                }
            }
            from = cut;
        }
        return b.toString().replace("\n\n", "</p><p>").transform(s -> "<p>" + s + "</p>");
    }

    /**
     * The position in the cleaned text of the character at an offset into the extracted text
     * (the map is not monotonic: pull quotes move behind the body), else the first position
     * mapping beyond it.
     */
    static int toCleaned(NormalisedText text, int original) {
        int n = text.text().length(), after = n;
        for (int i = 0; i < n; i++) {
            int o = text.toOriginal(i);
            if (o == original) return i;
            if (o > original && i < after) after = i;
        }
        return after;
    }

    /** The end (exclusive) in the cleaned text of a span ending at an offset into the extracted text. */
    static int toCleanedEnd(NormalisedText text, int originalEnd) {
        return originalEnd == 0 ? 0 : toCleaned(text, originalEnd - 1) + 1;
    }
}
