package org.blocwatch.answers.report;

import org.blocwatch.answers.MembershipEpisode;
import org.blocwatch.model.MembershipStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Membership spans as horizontal bars, one row per state (or per organisation in a state's
 * report). Suspensions are drawn over the member bar they interrupt; an open start or end runs
 * to the edge of the chart.
 */
final class GanttChart {
    private static final int ROW = 20, LEFT = 230, RIGHT_MARGIN = 20, TOP = 30, LABEL_CHARS = 32;

    private GanttChart() {}

    /** @param rowOf which row an episode belongs in (its subject, or its organisation) */
    static String render(List<MembershipEpisode> episodes, java.util.function.Function<MembershipEpisode, String> rowOf,
                         Map<String, String> names, LocalDate from, LocalDate to, int width) {
        Map<String, List<MembershipEpisode>> rows = new LinkedHashMap<>();
        for (MembershipEpisode e : episodes) rows.computeIfAbsent(rowOf.apply(e), k -> new ArrayList<>()).add(e);
        int height = TOP + rows.size() * ROW + 40;
        Svg svg = new Svg(width, height, "Membership by " + (rows.isEmpty() ? "row" : "state or organisation"));
        TimeScale scale = new TimeScale(from, to, LEFT, width - RIGHT_MARGIN);
        scale.drawAxis(svg, TOP - 6, TOP + rows.size() * ROW);
        Set<MembershipStatus> used = EnumSet.noneOf(MembershipStatus.class);
        int i = 0;
        for (Map.Entry<String, List<MembershipEpisode>> row : rows.entrySet()) {
            double y = TOP + i++ * ROW;
            svg.text(LEFT - 8, y + 14, label(row.getKey(), names), "end", "#1a202c", false);
            List<MembershipEpisode> ordered = new ArrayList<>(row.getValue());
            ordered.sort((a, b) -> Boolean.compare(a.status() == MembershipStatus.SUSPENDED, b.status() == MembershipStatus.SUSPENDED));
            for (MembershipEpisode e : ordered) {
                LocalDate start = e.start() == null ? from : max(from, e.start().earliest());
                LocalDate end = e.end() == null ? to : min(to, e.end().earliest());
                if (end.isBefore(from) || start.isAfter(to)) continue;
                used.add(e.status());
                boolean inner = e.status() == MembershipStatus.SUSPENDED;
                svg.rect(scale.x(start), y + (inner ? 7 : 3), scale.x(end) - scale.x(start), inner ? 8 : 14, StatusColours.of(e.status()),
                        row.getKey() + " " + e.status().wire() + " " + (e.start() == null ? "?" : e.start()) + " \u2013 "
                                + (e.end() == null ? "" : e.end()) + " (" + e.claims().size() + " claims)");
            }
        }
        double lx = LEFT;
        for (MembershipStatus s : used) {
            svg.rect(lx, height - 16, 12, 10, StatusColours.of(s), null);
            svg.text(lx + 16, height - 7, s.wire(), "start", "#1a202c", false);
            lx += 100;
        }
        return svg.toString();
    }

    /** The name when it fits the margin, else the id with as much of the name as fits. */
    private static String label(String id, Map<String, String> names) {
        String name = names.getOrDefault(id, id);
        if (name.length() <= LABEL_CHARS) return name;
        String withId = id + " " + name;
        return withId.substring(0, LABEL_CHARS - 1) + "\u2026";
    }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }
}
