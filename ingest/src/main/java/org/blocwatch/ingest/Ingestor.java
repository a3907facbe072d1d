package org.blocwatch.ingest;

import org.blocwatch.ingest.dedup.MinHasher;
import org.blocwatch.ingest.dedup.NearDuplicateIndex;
import org.blocwatch.ingest.read.DocumentException;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.store.DocumentStore;
import org.blocwatch.store.StoreException;
import org.blocwatch.store.StoredDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Takes documents in: reads files and extracts their claims in parallel, then stores each one in
 * input order, exactly once. The same bytes or the same normalised text already stored make an input a no-op that
 * says so; a near-duplicate (the same story with small edits) is stored and linked to the
 * document it repeats. Each new document's claims are extracted and stored with it in one
 * transaction, and the document is indexed after it is committed; an input that cannot be read
 * is reported in one line and the run goes on.
 */
public final class Ingestor {

    /** Estimated shingle overlap from which a document counts as a reprint of another. */
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.7;

    /** Stored documents between index commits, so that searches see a long run's progress. */
    private static final int COMMIT_EVERY = 200;

    private final DocumentStore store;
    private final SearchIndex index;
    private final DocumentReader reader;
    private final int jobs;
    private final ClaimExtraction extraction;
    private final Clock clock;
    private final InputStream stdin;
    private final MinHasher minHasher = new MinHasher();
    private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex(NEAR_DUPLICATE_SIMILARITY);
    private final int repairedIndexEntries;
    /** Documents stored before this run, by raw hash; read by the reader threads, never changed. */
    private final Map<String, String> storedByRawHash;
    /** For each raw hash read in this run, the place in the run's inputs of the first input with it. */
    private final Map<String, Integer> readInThisRun = new java.util.concurrent.ConcurrentHashMap<>();
    private int storedSinceCommit;

    public Ingestor(DocumentStore store, SearchIndex index, DocumentReader reader, int jobs, ClaimExtraction extraction) {
        this(store, index, reader, jobs, extraction, Clock.systemUTC(), System.in);
    }

    public Ingestor(DocumentStore store, SearchIndex index, DocumentReader reader, int jobs, ClaimExtraction extraction,
                    Clock clock, InputStream stdin) {
        this.store = store;
        this.index = index;
        this.reader = reader;
        this.jobs = Math.max(1, jobs);
        this.extraction = extraction;
        this.clock = clock;
        this.stdin = stdin;
        store.forEachSignature(nearDuplicates::add);
        storedByRawHash = store.idsByRawHash();
        repairedIndexEntries = index.repair(store, reader.languages());
    }

    /** How many documents the index lacked (or had in excess) when this ingestor started, now repaired. */
    public int repairedIndexEntries() {
        return repairedIndexEntries;
    }

    /**
     * One input after reading: a document with the claims extracted under the id its name
     * suggests, an error, or the id of the stored document with the same bytes.
     */
    private record Attempt(String input, ReadDocument document, ClaimExtraction.Result extracted, String error,
                           String sameBytesAs, long bytes, Repeat repeat) {
        static Attempt failed(String input, String error) { return new Attempt(input, null, null, error, null, 0, null); }
    }

    /** An input whose bytes an earlier input of the same run has: read only if that one was not stored. */
    private record Repeat(String of, Path file, byte[] raw, String hash) {}

    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        long start = System.nanoTime();
        InputFiles.Expansion expansion = InputFiles.expand(inputs);
        List<Path> files = expansion.files();
        int total = files.size() + expansion.problems().size();
        listener.started(total);
        List<IngestResult> results = new ArrayList<>();
        for (InputFiles.Problem p : expansion.problems()) {
            results.add(IngestResult.failed(p.input(), p.message()));
            listener.finished(results.get(results.size() - 1), results.size(), total);
        }
        long[] bytes = {0};
        try {
            InOrderPool.forEach(IntStream.range(0, files.size()).boxed().toList(), jobs, "ingest-reader",
                    i -> DocumentReader.sizeOf(files.get(i)), DocumentReader.heapBudget(), i -> read(files, i),
                    attempt -> bytes[0] += store(attempt, results, listener, total));
        } finally {
            index.commit();
        }
        return new IngestReport(results, (System.nanoTime() - start) / 1_000_000, bytes[0]);
    }

    /**
     * Reads one input and extracts its claims on a reader thread, so that both use every core.
     * Bytes already stored are recognised by their hash before any parsing, so re-ingesting a
     * corpus costs little more than reading it. Running out of heap on one document fails that
     * document; the run goes on once its garbage is gone.
     */
    private Attempt read(List<Path> files, int place) {
        Path file = files.get(place);
        String input = inputName(file);
        return guarded(input, () -> {
            byte[] bytes = file.equals(InputFiles.STDIN) ? readLimited(stdin, reader.maxBytes()) : reader.bytes(file);
            String hash = DocumentReader.sha256(bytes);
            String known = storedByRawHash.get(hash);
            if (known != null) return new Attempt(input, null, null, null, known, bytes.length, null);
            // the same file twice in one run (a copy, a link): read once; the later copy waits for the earlier one's fate
            int first = readInThisRun.merge(hash, place, Math::min);
            if (first < place)
                return new Attempt(input, null, null, null, null, bytes.length, new Repeat(inputName(files.get(first)), file, bytes, hash));
            return parse(file, input, bytes);
        });
    }

    private static String inputName(Path file) { return file.equals(InputFiles.STDIN) ? "standard input" : file.toString(); }

    /** Reading that may fail on the input. */
    private interface Reading {
        Attempt run() throws DocumentException;
    }

    /** The reading's attempt, or the one line that says why the input could not be read. */
    private static Attempt guarded(String input, Reading reading) {
        try {
            return reading.run();
        } catch (DocumentException e) {
            return Attempt.failed(input, e.getMessage());
        } catch (OutOfMemoryError e) {
            return Attempt.failed(input, input + ": too large to read in this heap (more with BLOCWATCH_JAVA_OPTS=-Xmx...)");
        } catch (RuntimeException e) {
            return Attempt.failed(input, input + ": cannot be read (" + e + ")");
        }
    }

    /** Parses and extracts an input's bytes. */
    private Attempt parse(Path file, String input, byte[] bytes) throws DocumentException {
        ReadDocument doc = file.equals(InputFiles.STDIN) ? reader.read("stdin", input, bytes)
                : reader.read(DocumentReader.baseName(file.getFileName().toString()), DocumentReader.source(file), bytes);
        ClaimExtraction.Result extracted;
        try {
            extracted = extraction.extract(doc.toSourceDocument());
        } catch (OutOfMemoryError e) {
            return Attempt.failed(input, input + ": too large to extract claims from in this heap");
        }
        return new Attempt(input, doc, extracted, null, null, bytes.length, null);
    }

    private long store(Attempt attempt, List<IngestResult> results, IngestListener listener, int total) {
        IngestResult result;
        if (attempt.error() != null) {
            result = IngestResult.failed(attempt.input(), attempt.error());
        } else if (attempt.sameBytesAs() != null) {
            result = IngestResult.alreadyPresent(attempt.input(), attempt.sameBytesAs(),
                    attempt.input() + ": already ingested as " + attempt.sameBytesAs());
        } else if (attempt.repeat() != null) {
            return storeRepeat(attempt, results, listener, total);
        } else {
            try {
                result = store(attempt);
            } catch (StoreException e) {
                result = afterFailedStore(attempt, e);
            } catch (OutOfMemoryError e) {
                result = IngestResult.failed(attempt.input(), attempt.input() + ": too large to extract claims from in this heap");
            }
        }
        results.add(result);
        if (result.status() == IngestResult.Status.STORED && ++storedSinceCommit >= COMMIT_EVERY) {
            index.commit();
            storedSinceCommit = 0;
        }
        listener.finished(result, results.size(), total);
        return attempt.bytes();
    }

    /**
     * A copy of an earlier input of this run: that one has been stored (results come in input
     * order), so the copy is already present; or it failed, and the copy is read in its own right.
     */
    private long storeRepeat(Attempt attempt, List<IngestResult> results, IngestListener listener, int total) {
        Repeat repeat = attempt.repeat();
        Optional<String> stored = store.idByRawHash(repeat.hash());
        if (stored.isPresent()) {
            IngestResult result = IngestResult.alreadyPresent(attempt.input(), stored.get(),
                    attempt.input() + ": same bytes as " + repeat.of() + ", already ingested as " + stored.get());
            results.add(result);
            listener.finished(result, results.size(), total);
            return attempt.bytes();
        }
        return store(guarded(attempt.input(), () -> parse(repeat.file(), attempt.input(), repeat.raw())), results, listener, total);
    }

    /**
     * Another ingest into the same KB (a second process, another request of a server) may have
     * stored the same file, or taken its id, between this one's checks and its insert, which then
     * fails on the unique hash or id. The checks run again: the file is already there, or it is
     * stored under the next free id. A second failure is reported as the first.
     */
    private IngestResult afterFailedStore(Attempt attempt, StoreException failure) {
        try {
            return store(attempt);
        } catch (StoreException again) {
            return IngestResult.failed(attempt.input(), attempt.input() + ": " + failure.getMessage());
        }
    }

    private IngestResult store(Attempt attempt) {
        String input = attempt.input();
        ReadDocument doc = attempt.document();
        Optional<String> sameBytes = store.idByRawHash(doc.rawSha256());
        if (sameBytes.isPresent())
            return IngestResult.alreadyPresent(input, sameBytes.get(), input + ": already ingested as " + sameBytes.get());
        Optional<String> sameText = store.idByTextHash(doc.textSha256());
        if (sameText.isPresent())
            return IngestResult.alreadyPresent(input, sameText.get(), input + ": same text as " + sameText.get() + ", not stored again");
        String id = doc.name();
        if (store.containsId(id)) id = id + "-" + doc.rawSha256().substring(0, 8);
        int[] signature = minHasher.signature(doc.text().text());
        String duplicateOf = nearDuplicates.nearest(signature).orElse(null);
        StoredDocument stored = new StoredDocument(id, doc.source(), doc.metadata().title(), doc.metadata().author(),
                doc.metadata().publisher(), doc.metadata().published(), doc.language(), doc.rawSha256(), doc.textSha256(),
                doc.text(), doc.references(), signature, duplicateOf, clock.millis());
        SourceDocument source = doc.toSourceDocument(id);
        // claims name their document: one whose suggested id was taken is extracted again under its own
        ClaimExtraction.Result extracted = id.equals(doc.name()) ? attempt.extracted() : extraction.extract(source);
        store.add(stored, extracted.claims(), extracted.proposedEntities());
        nearDuplicates.add(id, signature);
        index.add(stored, doc.languages());
        return IngestResult.stored(input, source, duplicateOf, extracted.claims().size(), doc.warnings());
    }

    private static byte[] readLimited(InputStream in, long max) throws DocumentException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw new DocumentException("standard input: over the size limit of " + max + " bytes");
            return bytes;
        } catch (IOException e) {
            throw new DocumentException("standard input: cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
