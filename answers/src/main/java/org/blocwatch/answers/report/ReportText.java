package org.blocwatch.answers.report;

/** Sentences both report formats share. */
final class ReportText {
    private ReportText() {}

    static String subtitle(ReportData d) {
        return (d.organisation() ? "Organisation" : "State") + " report, " + d.range().from() + " to " + d.range().to()
                + "; " + d.view() + ". Every number is computed from the claims listed under Sources.";
    }
}
