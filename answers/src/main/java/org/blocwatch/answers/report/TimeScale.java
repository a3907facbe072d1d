package org.blocwatch.answers.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Maps days onto a horizontal pixel range and picks year ticks that stay readable. */
record TimeScale(LocalDate from, LocalDate to, double left, double right) {

    double x(LocalDate day) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return left + (right - left) * ChronoUnit.DAYS.between(from, day) / span;
    }

    /** January 1st of every 1, 2, 5, 10 or 20 years, whichever gives at most about twelve ticks. */
    List<LocalDate> ticks() {
        int years = to.getYear() - from.getYear() + 1;
        int step = 1;
        for (int s : new int[]{1, 2, 5, 10, 20, 50}) { step = s; if (years / s <= 12) break; }
        List<LocalDate> out = new ArrayList<>();
        for (int y = (from.getYear() / step + 1) * step; y <= to.getYear(); y += step) out.add(LocalDate.of(y, 1, 1));
        return out;
    }

    void drawAxis(Svg svg, double top, double bottom) {
        for (LocalDate t : ticks()) {
            svg.line(x(t), top, x(t), bottom, "#e2e8f0", 1, false);
            svg.text(x(t), bottom + 14, String.valueOf(t.getYear()), "middle", "#4a5568", false);
        }
        svg.line(left, bottom, right, bottom, "#a0aec0", 1, false);
    }
}
