package org.blocwatch.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The workbench's HTML: every value goes through {@link #esc} (text and attribute values alike,
 * quotes included), URLs' parts through {@link #url}; the layout links only the jar's own assets.
 */
final class Html {
    private Html() {}

    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A value as one part of a URL path or query, escaped for both the URL and the HTML attribute. */
    static String url(String value) {
        return esc(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A whole page in the workbench's frame: header with search, navigation and account. */
    static String page(String title, PageContext page, String body) {
        StringBuilder h = new StringBuilder(body.length() + 2048);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" \u2014 blocwatch</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/workbench.css\">")
                .append("<script src=\"/assets/workbench.js\" defer></script></head><body>\n");
        h.append("<header><a class=\"brand\" href=\"/search\">blocwatch</a>")
                .append("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" aria-label=\"Search names and documents\" placeholder=\"Kasachstan, ОДКБ, CSTO summit \u2026\" value=\"")
                .append(esc(page.query())).append("\"><button>Search</button></form><nav>")
                .append("<a href=\"/compare\">Compare</a><a href=\"/docs\">Documents</a><a href=\"/review\">Review</a>")
                .append("<a href=\"/upload\">Upload</a><a href=\"/api/docs\">API</a>");
        if (page.principal() == null) {
            h.append("<a href=\"/login\">Sign in</a>");
        } else {
            h.append("<form class=\"inline\" method=\"post\" action=\"/logout\">").append(csrfField(page))
                    .append("<button class=\"link\">Sign out ").append(esc(page.principal().name())).append(" (")
                    .append(esc(page.principal().role().wire())).append(")</button></form>");
        }
        h.append("</nav></header>\n<main>\n<h1>").append(esc(title)).append("</h1>\n").append(body).append("\n</main></body></html>\n");
        return h.toString();
    }

    static String csrfField(PageContext page) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(page.csrf()) + "\">";
    }

    static String entityLink(String id, String label, boolean organisation) {
        return "<a href=\"/" + (organisation ? "org" : "entity") + "/" + url(id) + "\">" + esc(label == null ? id : label) + "</a>";
    }
}
