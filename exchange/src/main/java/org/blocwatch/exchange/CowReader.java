package org.blocwatch.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.blocwatch.model.MembershipStatus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the COW IGO files with Apache Commons CSV. A row that cannot be read (a missing column,
 * a year that is not a number, an unknown status) is reported and skipped; the rest is read.
 */
final class CowReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).build();

    private final ImportProblems problems;

    CowReader(ImportProblems problems) { this.problems = problems; }

    /** Organisations by lower-case ioname; COW lists a few twice with variant long names, the first wins. */
    Map<String, CowOrganisation> organisations(Path file) {
        Map<String, CowOrganisation> out = new LinkedHashMap<>();
        each(file, List.of("ioname", "orgname", "longorgname", "sdate", "deaddate"), r -> {
            String ioname = r.get("ioname");
            if (ioname.isBlank()) throw new IllegalArgumentException("empty ioname");
            out.putIfAbsent(ioname.toLowerCase(Locale.ROOT), new CowOrganisation(ioname, r.get("orgname"),
                    r.get("longorgname"), year(r.get("sdate")), year(r.get("deaddate"))));
        });
        return out;
    }

    /** State names by ccode; a state listed for several periods keeps the name of its latest one. */
    Map<Integer, String> states(Path file) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, Integer> ends = new LinkedHashMap<>();
        each(file, List.of("ccode", "statenme", "endyear"), r -> {
            int ccode = number(r.get("ccode"), "ccode");
            int end = number(r.get("endyear"), "endyear");
            if (end >= ends.getOrDefault(ccode, Integer.MIN_VALUE)) {
                ends.put(ccode, end);
                names.put(ccode, r.get("statenme"));
            }
        });
        return names;
    }

    /** The state-year membership file (ioname, ccode, state, year, status), folded into series. */
    CowSeries stateYears(Path file) {
        CowSeries series = new CowSeries();
        each(file, List.of("ioname", "ccode", "state", "year", "status"), r -> {
            String ioname = r.get("ioname").toLowerCase(Locale.ROOT);
            if (ioname.isBlank()) throw new IllegalArgumentException("empty ioname");
            int ccode = number(r.get("ccode"), "ccode");
            int year = number(r.get("year"), "year");
            MembershipStatus status = CowStatus.read(r.get("status")).orElse(null);
            MembershipStatus before = series.add(ioname, ccode, r.get("state"), year, status);
            if (before != null)
                throw new IllegalArgumentException("second status '" + r.get("status") + "' for " + ioname + "/" + ccode
                        + " in " + year + " (kept " + CowStatus.write(before) + ")");
        });
        return series;
    }

    private void each(Path file, List<String> columns, Consumer<CSVRecord> row) {
        String name = file.getFileName().toString();
        try (Reader in = CowFiles.open(file); CSVParser parser = FORMAT.parse(in)) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty())
                throw new IllegalArgumentException(name + " lacks the column(s) " + String.join(", ", missing));
            for (CSVRecord r : parser) {
                try {
                    if (!r.isConsistent()) throw new IllegalArgumentException("expected " + parser.getHeaderMap().size()
                            + " columns, found " + r.size());
                    row.accept(r);
                } catch (IllegalArgumentException e) {
                    problems.add(name, r.getRecordNumber() + 1, e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int number(String text, String column) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + text + "'");
        }
    }

    /** A year column that COW leaves "NA" when there is none (an organisation still alive). */
    private static Integer year(String text) {
        return text.isBlank() || text.equalsIgnoreCase("NA") ? null : number(text, "year");
    }
}
