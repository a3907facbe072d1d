package org.blocwatch.cli;

import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.query.StatusAnswer;

import java.io.PrintWriter;

/** How a claim's evidence is shown as text: a compact citation or a full explanation (JSON: answers EvidenceJson). */
final class Evidence {
    private Evidence() {}

    /** One short line: the citation, or the document and its quote. */
    static String cite(Claim c) {
        String mark = c.review() == ReviewState.PROPOSED ? " [proposed]" : "";
        if (c.provenance() instanceof Provenance.Document d)
            return d.docId() + ": \u201c" + oneLine(d.quote(), 90) + "\u201d" + mark;
        return oneLine(c.provenance().cite(), 110) + mark;
    }

    /** The claim with its source, quote, method and review state, indented under an answer. */
    static void explain(PrintWriter out, String label, Claim c) {
        out.println("    " + label + " " + c.id() + "  " + ClaimJson.write(ClaimJson.body(c.body())));
        out.println("        method: " + c.method() + ", review: " + c.review().wire() + ", confidence: " + c.confidence());
        if (c.provenance() instanceof Provenance.Document d) {
            out.println("        source: document " + d.docId() + " [" + d.start() + "-" + d.end() + "]");
            out.println("        quote:  \u201c" + oneLine(d.quote(), 400) + "\u201d");
        } else if (c.provenance() instanceof Provenance.Curated k) {
            out.println("        source: " + k.citation() + (k.file() == null ? "" : "  (data/curated/" + k.file() + ")"));
            if (k.note() != null) out.println("        note:   " + k.note());
        } else {
            out.println("        source: " + c.provenance().cite());
        }
    }

    /** Every claim a status answer rests on, and every claim that contradicts it. */
    static void explain(PrintWriter out, StatusAnswer answer) {
        answer.supporting().forEach(c -> explain(out, "supports", c));
        answer.contradicting().forEach(c -> explain(out, "CONTRADICTS", c));
    }

    static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }
}
