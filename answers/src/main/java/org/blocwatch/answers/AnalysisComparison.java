package org.blocwatch.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.blocwatch.model.PartialDate;
import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedFiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An analysis's stated figures from a file in data/curated/comparisons/, with its citation.
 * The figures are what the analysis argues by hand; blocwatch recomputes each from claims.
 */
public record AnalysisComparison(String citation, String title, List<StatedFigure> figures) {

    private static final String FOLDER = "comparisons/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public AnalysisComparison { figures = List.copyOf(figures); }

    /** Every comparison packed with blocwatch. */
    public static List<AnalysisComparison> packed() {
        return fromFiles(CuratedFiles.fromClassPath(CuratedData.FOLDER));
    }

    static List<AnalysisComparison> fromFiles(Map<String, String> files) {
        List<AnalysisComparison> out = new ArrayList<>();
        files.forEach((name, text) -> {
            if (name.startsWith(FOLDER)) out.add(parse(name, text));
        });
        return out;
    }

    static AnalysisComparison parse(String name, String yaml) {
        try {
            JsonNode root = YAML.readTree(yaml);
            List<StatedFigure> figures = new ArrayList<>();
            for (JsonNode f : root.path("figures"))
                figures.add(new StatedFigure(required(f, "org", name), required(f, "indicator", name),
                        new BigDecimal(required(f, "value", name)), text(f, "reading"), date(f, "from"), date(f, "to"),
                        required(f, "says", name)));
            return new AnalysisComparison(required(root, "citation", name), text(root, "title"), figures);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("comparison file " + name + ": " + e.getMessage(), e);
        }
    }

    /** The figures this analysis states about one organisation. */
    public List<StatedFigure> about(String org) {
        return figures.stream().filter(f -> f.org().equals(org)).toList();
    }

    private static String required(JsonNode n, String field, String file) {
        String v = text(n, field);
        if (v == null) throw new IllegalArgumentException("a figure without '" + field + "' in " + file);
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static PartialDate date(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : PartialDate.parse(t);
    }
}
