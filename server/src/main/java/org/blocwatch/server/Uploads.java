package org.blocwatch.server;

import org.blocwatch.ingest.ClaimExtraction;
import org.blocwatch.ingest.DocumentReader;
import org.blocwatch.ingest.IngestListener;
import org.blocwatch.ingest.IngestResult;
import org.blocwatch.ingest.Ingestor;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.store.JdbcDocumentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Uploaded files into the knowledge base, through the same {@link Ingestor} as {@code blocwatch
 * ingest}. Each file is checked for size and type first, then written under a fresh temporary
 * folder by a name reduced to safe characters, so no uploaded name can reach outside it.
 */
public final class Uploads {
    /** The extensions the document reader handles. */
    public static final Set<String> TYPES = Set.of("txt", "md", "html", "htm", "pdf", "docx", "odt", "rtf");

    private final KnowledgeBase kb;
    private final long maxBytes;
    private final LanguageDetector languages = new LanguageDetector();
    private volatile ClaimExtraction extraction;

    public Uploads(KnowledgeBase kb, long maxBytes) {
        this.kb = kb;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() { return maxBytes; }

    /** One uploaded file: its name as the client gave it, and its bytes. */
    public record Upload(String fileName, byte[] bytes) {}

    /** The outcome for one file: stored (with the document id), already present, or refused with one line why. */
    public record Outcome(String file, String status, String document, String message) {}

    public List<Outcome> ingest(List<Upload> uploads) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Upload> accepted = new ArrayList<>();
        for (Upload u : uploads) {
            String problem = problem(u);
            if (problem == null) accepted.add(u);
            else outcomes.add(new Outcome(display(u.fileName()), "failed", null, display(u.fileName()) + ": " + problem));
        }
        if (accepted.isEmpty()) return outcomes;
        Path folder;
        try {
            folder = Files.createTempDirectory("blocwatch-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the upload: " + e.getMessage(), e);
        }
        try {
            List<Path> files = new ArrayList<>();
            for (Upload u : accepted) {
                Path file = folder.resolve(safeName(u.fileName(), files.size()));
                // two files of one name in one upload: the second is stored under a numbered name, not over the first
                if (files.contains(file)) file = folder.resolve(files.size() + "-" + file.getFileName());
                Files.write(file, u.bytes());
                files.add(file);
            }
            kb.write(store -> {
                JdbcDocumentStore documents = new JdbcDocumentStore(store.connection());
                Ingestor ingestor = new Ingestor(documents, kb.index(), new DocumentReader(maxBytes, languages), 1, extraction());
                ingestor.ingest(files, new IngestListener() {
                    @Override public void finished(IngestResult r, int done, int total) {
                        String name = display(accepted.get(files.indexOf(Path.of(r.input()))).fileName());
                        String message = r.message() == null ? null : r.message().replace(folder.toString() + "/", "");
                        outcomes.add(new Outcome(name, r.status().name().toLowerCase(Locale.ROOT), r.documentId(),
                                r.status() == IngestResult.Status.FAILED ? message : (message == null ? "stored " + r.documentId() : message)));
                    }
                });
                return null;
            });
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private String problem(Upload u) {
        String ext = extension(u.fileName());
        if (!TYPES.contains(ext))
            return "type '" + (ext.isEmpty() ? "none" : ext) + "' is not accepted (" + String.join(", ", TYPES.stream().sorted().toList()) + ")";
        if (u.bytes().length > maxBytes) return "too large (" + u.bytes().length + " bytes; at most " + maxBytes + ")";
        if (u.bytes().length == 0) return "empty file";
        return null;
    }

    private ClaimExtraction extraction() {
        if (extraction == null) extraction = CuratedExtraction.create();
        return extraction;
    }

    static String extension(String name) {
        String base = display(name);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The last part of the name the client sent, without any folder it named. */
    static String display(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Letters, digits, '-', '_' and one '.' before the extension; never a path. */
    static String safeName(String name, int index) {
        String base = display(name);
        String ext = extension(base);
        String stem = base.substring(0, base.length() - (ext.isEmpty() ? 0 : ext.length() + 1)).replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        if (stem.isBlank() || stem.matches("-+")) stem = "upload-" + index;
        if (stem.length() > 100) stem = stem.substring(0, 100);
        return stem + (ext.isEmpty() ? "" : "." + ext);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless; the system's temp cleaning removes it
        }
    }
}
