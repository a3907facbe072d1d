package org.blocwatch.answers.report;

import org.blocwatch.answers.ReportedEvent;
import org.blocwatch.model.EventKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Events as dots on a time axis, one lane per kind of event, each dot with its label as tooltip. */
final class EventTimelineChart {
    private static final int LANE = 26, LEFT = 130, RIGHT_MARGIN = 20, TOP = 16;

    private EventTimelineChart() {}

    static String render(List<ReportedEvent> events, LocalDate from, LocalDate to, int width) {
        List<EventKind> lanes = new ArrayList<>();
        for (EventKind k : EventKind.values()) if (events.stream().anyMatch(e -> e.event().kind() == k)) lanes.add(k);
        int height = TOP + Math.max(1, lanes.size()) * LANE + 30;
        Svg svg = new Svg(width, height, "Events");
        TimeScale scale = new TimeScale(from, to, LEFT, width - RIGHT_MARGIN);
        double bottom = TOP + Math.max(1, lanes.size()) * LANE;
        scale.drawAxis(svg, TOP - 6, bottom);
        if (events.isEmpty()) return svg.text(width / 2.0, TOP + 16, "no events in the KB", "middle", "#718096", false).toString();
        for (int i = 0; i < lanes.size(); i++) {
            double y = TOP + i * LANE + LANE / 2.0;
            svg.text(LEFT - 8, y + 4, lanes.get(i).wire().replace('_', ' '), "end", "#1a202c", false);
            svg.line(LEFT, y, width - RIGHT_MARGIN, y, "#edf2f7", 1, false);
        }
        for (ReportedEvent e : events) {
            LocalDate day = e.date().earliest();
            if (day.isBefore(from) || day.isAfter(to)) continue;
            double y = TOP + lanes.indexOf(e.event().kind()) * LANE + LANE / 2.0;
            svg.circle(scale.x(day), y, 6, StatusColours.of(e.event().kind()), e.date() + " " + e.label());
        }
        return svg.toString();
    }
}
