package org.blocwatch.cli;

import org.blocwatch.model.PartialDate;
import org.blocwatch.query.ClaimView;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.ZoneOffset;

/** Which claims an answer may use: --known-at (recorded time) and --include-proposed. */
public final class ViewOptions {

    @Option(names = "--known-at", paramLabel = "DATE",
            description = "Answer as the knowledge base knew it at the end of that date (recorded time).")
    String knownAt;

    @Option(names = "--include-proposed", description = "Also use extracted claims that still await review (marked as such).")
    boolean includeProposed;

    /** The view in words, for reports: which claims the answer used. */
    public String describe() {
        return (knownAt == null ? "as the KB knows it now" : "as the KB knew it on " + knownAt)
                + (includeProposed ? ", including claims awaiting review" : ", curated, imported and accepted claims only");
    }

    public ClaimView view() {
        Instant at = null;
        if (knownAt != null) {
            PartialDate d = PartialDate.parse(knownAt);
            at = d.latest().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
        }
        return new ClaimView(at, includeProposed);
    }
}
