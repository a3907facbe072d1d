package org.blocwatch.answers.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A network drawn without a layout library: the report's subject in the centre, the states or
 * organisations linked to it on a circle. Membership links run from the centre (solid while
 * current, dashed when past); armed clashes between members are red chords across the circle.
 */
final class NetworkChart {
    record Link(String a, String b, String kind, boolean current, String tooltip) {}

    private NetworkChart() {}

    static String render(String centre, List<String> around, List<Link> links, Map<String, String> names, int size) {
        Svg svg = new Svg(size, size, "Network of memberships and clashes");
        double c = size / 2.0, r = size / 2.0 - 70;
        List<double[]> pos = new ArrayList<>();
        for (int i = 0; i < around.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, around.size()) - Math.PI / 2;
            pos.add(new double[]{c + r * Math.cos(angle), c + r * Math.sin(angle)});
        }
        for (Link l : links) {
            double[] a = l.a().equals(centre) ? new double[]{c, c} : pos.get(around.indexOf(l.a()));
            double[] b = l.b().equals(centre) ? new double[]{c, c} : pos.get(around.indexOf(l.b()));
            boolean clash = l.kind().equals("clash");
            svg.line(a[0], a[1], b[0], b[1], clash ? "#c53030" : "#a0aec0", clash ? 2.5 : 1.2, !clash && !l.current());
        }
        svg.circle(c, c, 26, "#2b6cb0", names.getOrDefault(centre, centre));
        svg.text(c, c + 4, centre, "middle", "#ffffff", true);
        for (int i = 0; i < around.size(); i++) {
            double[] p = pos.get(i);
            String id = around.get(i);
            svg.circle(p[0], p[1], 14, "#4a5568", names.getOrDefault(id, id));
            double dx = p[0] - c, dy = p[1] - c, len = Math.max(1, Math.hypot(dx, dy));
            svg.text(p[0] + dx / len * 30, p[1] + dy / len * 30 + 4, id, "middle", "#1a202c", false);
        }
        svg.line(12, size - 30, 40, size - 30, "#a0aec0", 1.2, false).text(46, size - 26, "member now", "start", "#1a202c", false);
        svg.line(140, size - 30, 168, size - 30, "#a0aec0", 1.2, true).text(174, size - 26, "member in the past", "start", "#1a202c", false);
        svg.line(300, size - 30, 328, size - 30, "#c53030", 2.5, false).text(334, size - 26, "armed clash between members", "start", "#1a202c", false);
        return svg.toString();
    }
}
