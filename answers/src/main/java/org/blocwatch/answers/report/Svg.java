package org.blocwatch.answers.report;

import org.apache.commons.text.StringEscapeUtils;

import java.util.Locale;

/**
 * A small SVG writer: the few shapes the charts draw, every text escaped, every shape optionally
 * with a tooltip. The output is inline SVG that needs no script, font or stylesheet from outside.
 */
final class Svg {
    static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\"";

    private final StringBuilder out = new StringBuilder();
    private final int width, height;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" %s font-size=\"11\">",
                width, height, width, height, FONT));
        out.append("<title>").append(escape(title)).append("</title>");
        out.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", width, height));
    }

    int width() { return width; }

    int height() { return height; }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">%s</rect>",
                x, y, Math.max(w, 1), h, fill, tip(tooltip)));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
                x1, y1, x2, y2, stroke, strokeWidth, dashed ? " stroke-dasharray=\"4 3\"" : ""));
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\">%s</circle>",
                cx, cy, r, fill, tip(tooltip)));
        return this;
    }

    Svg path(String d, String stroke, double strokeWidth, String fill) {
        out.append(String.format(Locale.ROOT, "<path d=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\" fill=\"%s\"/>", d, stroke, strokeWidth, fill));
        return this;
    }

    /** Text anchored "start", "middle" or "end" at (x, y). */
    Svg text(double x, double y, String text, String anchor, String fill, boolean bold) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>%s</text>",
                x, y, anchor, fill, bold ? " font-weight=\"bold\"" : "", escape(text)));
        return this;
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    private static String tip(String tooltip) {
        return tooltip == null ? "" : "<title>" + escape(tooltip) + "</title>";
    }

    static String escape(String s) {
        return StringEscapeUtils.escapeXml10(s);
    }
}
