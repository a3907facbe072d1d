package org.blocwatch.cli;

import org.blocwatch.extract.DocumentWindows;
import org.blocwatch.model.SourceDocument;

import java.io.PrintWriter;

/**
 * Shows that a long document is being worked on: one line when its extraction starts (how many
 * windows), then a line every {@link #EVERY_SECONDS} seconds, since ingest otherwise reports a
 * document only once it is stored, which for a hundred megabytes of text takes minutes.
 */
final class WindowProgressLine implements DocumentWindows.Progress {
    private static final long EVERY_SECONDS = 10;

    private final PrintWriter err;
    private long last;

    WindowProgressLine(PrintWriter err) { this.err = err; }

    @Override
    public synchronized void windows(SourceDocument doc, int done, int total) {
        long now = System.nanoTime();
        if (done == 0) {
            err.println("blocwatch: " + doc.id() + ": extracting claims from a large document in " + total + " windows");
        } else if (done < total && now - last >= EVERY_SECONDS * 1_000_000_000L) {
            err.println("blocwatch: " + doc.id() + ": " + done + "/" + total + " windows");
        } else {
            return;
        }
        err.flush();
        last = now;
    }
}
