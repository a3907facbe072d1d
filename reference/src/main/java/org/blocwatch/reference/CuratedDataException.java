package org.blocwatch.reference;

import java.util.List;

/** Curated files that do not hold together; the message lists every problem, one a line. */
public class CuratedDataException extends RuntimeException {
    private final List<String> problems;

    public CuratedDataException(List<String> problems) {
        super(problems.size() + " problem(s) in the curated data:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
