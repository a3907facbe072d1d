package org.blocwatch.answers.report;

import org.blocwatch.answers.MembershipEpisode;

import java.util.function.Function;

/** The report's charts on their own, as inline SVG, for pages that show them beside other content (the web workbench). */
public final class Charts {
    private Charts() {}

    /** The membership Gantt chart with statuses: rows are member states for an organisation, organisations for a state. */
    public static String gantt(ReportData d, int width) {
        Function<MembershipEpisode, String> row = d.organisation() ? MembershipEpisode::subject : MembershipEpisode::org;
        return GanttChart.render(d.episodes(), row, d.names(), d.range().from(), d.range().to(), width);
    }

    /** Members (or, for a state, organisations belonged to) over time. */
    public static String count(ReportData d, int width) {
        return CountChart.render(d.counts(), d.organisation() ? "Members over time" : "Memberships over time",
                d.range().from(), d.range().to(), width, 220);
    }
}
