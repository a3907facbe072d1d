package org.blocwatch.answers.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A count over time (members of an organisation, organisations of a state) as a step line. */
final class CountChart {
    private static final int LEFT = 50, RIGHT_MARGIN = 20, TOP = 20, BOTTOM = 30;

    private CountChart() {}

    static String render(List<CountPoint> points, String title, LocalDate from, LocalDate to, int width, int height) {
        Svg svg = new Svg(width, height, title);
        double bottom = height - BOTTOM;
        TimeScale scale = new TimeScale(from, to, LEFT, width - RIGHT_MARGIN);
        scale.drawAxis(svg, TOP, bottom);
        int max = Math.max(1, points.stream().mapToInt(CountPoint::count).max().orElse(1));
        int step = max <= 10 ? 1 : max <= 25 ? 5 : 10;
        for (int v = 0; v <= max; v += step) {
            double y = y(v, max, bottom);
            svg.line(LEFT, y, width - RIGHT_MARGIN, y, "#edf2f7", 1, false);
            svg.text(LEFT - 6, y + 4, String.valueOf(v), "end", "#4a5568", false);
        }
        if (points.isEmpty()) return svg.text(width / 2.0, height / 2.0, "no membership claims", "middle", "#718096", false).toString();
        StringBuilder d = new StringBuilder();
        CountPoint previous = null;
        for (CountPoint p : points) {
            double x = scale.x(p.day()), y = y(p.count(), max, bottom);
            if (previous == null) d.append(String.format(Locale.ROOT, "M%.1f %.1f", x, y));
            else d.append(String.format(Locale.ROOT, " H%.1f V%.1f", x, y));
            previous = p;
        }
        d.append(String.format(Locale.ROOT, " H%.1f", scale.x(to)));
        svg.path(d.toString(), "#2b6cb0", 2, "none");
        CountPoint peak = points.stream().max((a, b) -> Integer.compare(a.count(), b.count())).orElseThrow();
        for (CountPoint p : points) if (p.count() == peak.count()) { peak = p; break; }
        svg.circle(scale.x(peak.day()), y(peak.count(), max, bottom), 4, "#c53030", "peak: " + peak.count() + " on " + peak.day());
        boolean nearRightEdge = scale.x(peak.day()) > width - 200;
        svg.text(scale.x(peak.day()) + (nearRightEdge ? -6 : 6), y(peak.count(), max, bottom) - 6,
                "peak " + peak.count() + " (" + peak.day() + ")", nearRightEdge ? "end" : "start", "#c53030", true);
        return svg.toString();
    }

    private static double y(int v, int max, double bottom) {
        return bottom - (bottom - TOP) * v / (double) max;
    }
}
