package org.blocwatch.ingest;

import java.util.List;

/** Everything one ingestion run did, input by input, with the counts for its summary line. */
public record IngestReport(List<IngestResult> results, long millis, long bytes) {

    public IngestReport {
        results = List.copyOf(results);
    }

    public long stored() { return count(IngestResult.Status.STORED); }

    public long nearDuplicates() {
        return results.stream().filter(r -> r.isNew() && r.duplicateOf() != null).count();
    }

    public long alreadyPresent() { return count(IngestResult.Status.ALREADY_PRESENT); }

    public long failed() { return count(IngestResult.Status.FAILED); }

    /** "3 ingested (1 near-duplicate), 2 duplicates skipped, 1 failed" */
    public String summary() {
        return stored() + " ingested" + (nearDuplicates() > 0 ? " (" + nearDuplicates() + " near-duplicate"
                + (nearDuplicates() == 1 ? "" : "s") + ")" : "") + ", " + alreadyPresent() + " already present, "
                + failed() + " failed";
    }

    private long count(IngestResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
