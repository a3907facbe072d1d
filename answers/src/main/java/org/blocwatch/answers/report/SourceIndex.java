package org.blocwatch.answers.report;

import org.blocwatch.model.Claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the claims a report cites in order of first citation; each becomes an anchor in the sources section. */
final class SourceIndex {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();

    int number(Claim c) {
        return numbers.computeIfAbsent(c.id(), id -> {
            claims.add(c);
            return claims.size();
        });
    }

    /** Links "[1] [2]" to the cited claims' anchors, in HTML. */
    String htmlLinks(Collection<Claim> cited) {
        StringBuilder out = new StringBuilder();
        for (Claim c : cited) out.append("<a href=\"#").append(anchor(c)).append("\">[").append(number(c)).append("]</a> ");
        return out.toString().strip();
    }

    /** The same links in Markdown. */
    String markdownLinks(Collection<Claim> cited) {
        StringBuilder out = new StringBuilder();
        for (Claim c : cited) out.append("[\\[").append(number(c)).append("\\]](#").append(anchor(c)).append(") ");
        return out.toString().strip();
    }

    List<Claim> cited() { return List.copyOf(claims); }

    static String anchor(Claim c) { return "c-" + c.id(); }
}
