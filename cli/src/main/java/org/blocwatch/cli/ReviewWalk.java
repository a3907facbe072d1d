package org.blocwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.answers.ClaimReview;
import org.blocwatch.answers.SourceDocuments;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactive review: shows each proposed claim with its fields and its quote in context and
 * asks for a decision. Reads one answer per line, so a script can drive it through stdin.
 */
final class ReviewWalk {
    private static final int CONTEXT = 160;

    private final ClaimReview review;
    private final SourceDocuments documents;
    private final BufferedReader in;
    private final PrintWriter out;
    private int accepted, rejected, edited, skipped;

    ReviewWalk(ClaimReview review, SourceDocuments documents, BufferedReader in, PrintWriter out) {
        this.review = review;
        this.documents = documents;
        this.in = in;
        this.out = out;
    }

    /** Walks through the claims until they are done, the user quits or the input ends. */
    void walk(List<Claim> claims) {
        int n = 0;
        for (Claim c : claims) {
            show(c, ++n, claims.size());
            if (!decide(c)) break;
        }
        out.printf("reviewed: %d accepted, %d rejected, %d edited, %d skipped%n", accepted, rejected, edited, skipped);
    }

    private void show(Claim c, int n, int of) {
        out.printf("%n[%d/%d] %s  %s  (%s, confidence %.2f)%n", n, of, c.id(), c.type().wire(), c.method(), c.confidence());
        ClaimJson.body(c.body()).fields().forEachRemaining(f -> {
            if (!f.getKey().equals("type")) out.printf("    %-13s %s%n", f.getKey() + ":", field(f.getValue()));
        });
        if (c.provenance() instanceof Provenance.Document d) {
            out.printf("    source:       %s [%d-%d]%n", d.docId(), d.start(), d.end());
            out.printf("    in context:   %s%n", documents.text(d.docId()).map(t -> context(t, d)).orElse("\u00bb" + Evidence.oneLine(d.quote(), 400) + "\u00ab"));
        } else {
            out.printf("    source:       %s%n", c.provenance().cite());
        }
    }

    /** A field as it is typed when editing: lists of ids comma-separated. */
    private static String field(JsonNode value) {
        if (!value.isArray()) return value.asText();
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        return String.join(", ", items);
    }

    /** The quote marked »…« inside the text around it. */
    static String context(String text, Provenance.Document d) {
        if (d.start() < 0 || d.end() > text.length() || d.start() > d.end()) return "\u00bb" + Evidence.oneLine(d.quote(), 400) + "\u00ab";
        String before = text.substring(Math.max(0, d.start() - CONTEXT), d.start());
        String after = text.substring(d.end(), Math.min(text.length(), d.end() + CONTEXT));
        return Evidence.oneLine("\u2026" + before + "\u00bb" + text.substring(d.start(), d.end()) + "\u00ab" + after + "\u2026", 2 * CONTEXT + 400);
    }

    /** Asks until it gets a decision; false when the walk should stop. */
    private boolean decide(Claim c) {
        while (true) {
            String answer = ask("(a)ccept  (r)eject  (e)dit a field  (s)kip  (q)uit > ");
            if (answer == null || answer.equals("q")) return false;
            try {
                switch (answer) {
                    case "a" -> { review.accept(c.id()); accepted++; out.println("    accepted"); return true; }
                    case "r" -> { review.reject(c.id()); rejected++; out.println("    rejected"); return true; }
                    case "s" -> { skipped++; return true; }
                    case "e" -> {
                        String field = ask("field > ");
                        String value = field == null ? null : ask("new value (empty: remove the field) > ");
                        if (value == null) return false;
                        Claim replacement = review.edit(c.id(), field, value);
                        edited++;
                        out.printf("    recorded %s with %s = %s (accepted); %s rejected and retracted%n",
                                replacement.id(), field, value.isBlank() ? "(none)" : value, c.id());
                        return true;
                    }
                    default -> out.println("    please answer a, r, e, s or q");
                }
            } catch (IllegalArgumentException e) {
                out.println("    " + e.getMessage());
            }
        }
    }

    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer: " + e.getMessage(), e);
        }
    }
}
