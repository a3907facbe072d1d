package org.blocwatch.ingest;

import org.blocwatch.ingest.meta.DocumentMetadata;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.meta.MetadataReader;
import org.blocwatch.ingest.normalise.TextNormaliser;
import org.blocwatch.ingest.read.DocumentException;
import org.blocwatch.ingest.read.Extraction;
import org.blocwatch.ingest.read.TextExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file into a {@link ReadDocument} without storing anything: extraction with Tika,
 * normalisation, metadata, languages, hashes. Used by ingestion and by commands that look at a
 * single file. Thread-safe; build one per process (it loads the language models).
 */
public final class DocumentReader {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /**
     * Heap a document takes while it is read, per byte of the file: the extracted and normalised
     * texts, each filter's copy and the int offset maps between them. Measured on plain text
     * (a 45 MB file ran out of a 1 GB heap); a file needing more than the heap is refused unread.
     */
    static final int HEAP_PER_BYTE = 24;

    private final long maxBytes;
    private final TextExtractor extractor = new TextExtractor();
    private final TextNormaliser lightPass = TextNormaliser.light();
    private final TextNormaliser bodyPass = TextNormaliser.body();
    private final MetadataReader metadata = new MetadataReader();
    private final LanguageDetector languages;

    public DocumentReader() { this(DEFAULT_MAX_BYTES, new LanguageDetector()); }

    public DocumentReader(long maxBytes, LanguageDetector languages) {
        this.maxBytes = maxBytes;
        this.languages = languages;
    }

    public long maxBytes() { return maxBytes; }

    public LanguageDetector languages() { return languages; }

    public ReadDocument read(Path file) throws DocumentException {
        return read(baseName(file.getFileName().toString()), source(file), bytes(file));
    }

    /** What a file is stored as coming from: its absolute path, which holds from any folder. */
    public static String source(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Bytes of input the heap can hold while they are read and extracted: the most one file, or all files in work at once, may have. */
    public static long heapBudget() { return Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE; }

    /** A file's size for the budget of work in progress: 0 where it cannot be told (reading it will say why). */
    public static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file's bytes, once it is known to be a regular file within the size limit and the heap. */
    public byte[] bytes(Path file) throws DocumentException {
        String name = file.toString();
        try {
            if (!Files.exists(file)) throw new DocumentException(name + ": no such file");
            if (!Files.isRegularFile(file)) throw new DocumentException(name + ": not a regular file (a folder, pipe, socket or device)");
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(name, size);
            long heap = heapBudget();
            if (size > heap) throw new DocumentException(String.format(Locale.ROOT,
                    "%s: %.1f MB, too large for this heap (about %.1f MB fit; more with BLOCWATCH_JAVA_OPTS=-Xmx...)",
                    name, size / 1048576.0, heap / 1048576.0));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads bytes that came from {@code source}; {@code name} is the id they would be stored under. */
    public ReadDocument read(String name, String source, byte[] bytes) throws DocumentException {
        if (bytes.length > maxBytes) throw tooLarge(source, bytes.length);
        Extraction extraction = extractor.extract(source, bytes);
        TextNormaliser.Result printed = lightPass.normalise(extraction.text());
        TextNormaliser.Result normalised = bodyPass.normalise(printed);
        String body = normalised.text().text();
        if (body.isBlank()) throw new DocumentException(source + ": no text left after removing page furniture");
        List<String> lines = printed.text().text().lines().toList();
        DocumentMetadata meta = metadata.read(extraction, lines, printed.text().text(), printed.references(), source);
        List<String> warnings = new ArrayList<>();
        if (meta.published() == null) warnings.add("no publication date found");
        return new ReadDocument(name, source, extraction.mediaType(), sha256(bytes),
                sha256(body.getBytes(StandardCharsets.UTF_8)), normalised.text(), normalised.references(), meta,
                languages.profile(body), warnings);
    }

    /** The file name without its last extension: "seed-004.txt" is document "seed-004". */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private DocumentException tooLarge(String name, long size) {
        return new DocumentException(String.format(Locale.ROOT, "%s: %.1f MB, over the size limit of %.1f MB",
                name, size / 1048576.0, maxBytes / 1048576.0));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
