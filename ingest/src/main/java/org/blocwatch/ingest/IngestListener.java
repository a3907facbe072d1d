package org.blocwatch.ingest;

/** Hears of each input as it is done, in input order; for progress and per-document output. */
@FunctionalInterface
public interface IngestListener {

    /** Called once the inputs are listed, before any is read. */
    default void started(int inputs) {}

    /** Called for each input; {@code done} of {@code total} are finished. */
    void finished(IngestResult result, int done, int total);

    static IngestListener silent() { return (result, done, total) -> {}; }
}
