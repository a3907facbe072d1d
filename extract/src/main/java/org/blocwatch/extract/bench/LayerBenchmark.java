package org.blocwatch.extract.bench;

import org.blocwatch.extract.AnnotatedDocument;
import org.blocwatch.extract.Extractor;
import org.blocwatch.extract.Layer;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.extract.role.OfficeHolders;
import org.blocwatch.extract.text.Token;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.SourceDocument;
import org.blocwatch.reference.CuratedData;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The time each pipeline stage takes on real text, on one core: the given plain-text files (or
 * every {@code .txt} below the given folders), repeated to at least 5 MB, run for a few seconds to
 * warm the JIT, then timed once more in CPU time of the one thread, which other processes on the
 * machine do not inflate. Reports per layer the time, sentences/s and tokens/s (of all
 * sentences, and for the lemma layer also of those it tagged), and MB/s of the whole pipeline.
 *
 * <p>Usage: {@code LayerBenchmark FILE_OR_DIR...}. A file's language is read from its script and
 * its commonest function words, which is enough for German, English and Russian news.
 */
public final class LayerBenchmark {
    private static final long MIN_BYTES = 5L * 1024 * 1024;
    private static final long WARM_UP_NANOS = 8_000_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LayerBenchmark() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: LayerBenchmark FILE_OR_DIR...");
            System.exit(2);
        }
        run(files(args), System.out);
    }

    static void run(List<Path> files, PrintStream out) {
        CuratedData curated = CuratedData.load();
        Extractor extractor = new Extractor(new Lexicon(curated.entities()), new OfficeHolders(curated.claims()));
        List<SourceDocument> docs = new ArrayList<>();
        long bytes = 0;
        while (bytes < MIN_BYTES && !files.isEmpty())
            for (Path f : files) {
                SourceDocument d = read(f, docs.size());
                docs.add(d);
                bytes += d.text().text().getBytes(StandardCharsets.UTF_8).length;
            }
        out.printf(Locale.ROOT, "%d files repeated to %d documents (%.1f MB); warming up%n", files.size(), docs.size(), bytes / 1048576.0);
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do runAll(extractor, docs, new long[Layer.values().length], new long[4]); while (System.nanoTime() < warmUntil);
        long[] nanos = new long[Layer.values().length];
        long[] counts = new long[4];
        long start = CPU.getCurrentThreadCpuTime();
        runAll(extractor, docs, nanos, counts);
        long total = CPU.getCurrentThreadCpuTime() - start;
        long sentences = counts[0], tokens = counts[1], taggedSentences = counts[2], taggedTokens = counts[3];
        out.printf(Locale.ROOT, "%,d sentences, %,d tokens; lemma layer tagged %,d sentences (%.0f%%), %,d tokens%n",
                sentences, tokens, taggedSentences, 100.0 * taggedSentences / Math.max(1, sentences), taggedTokens);
        for (Layer layer : Layer.values()) {
            double s = nanos[layer.ordinal()] / 1e9;
            if (s == 0) continue;
            out.printf(Locale.ROOT, "%-9s %7.0f ms %5.1f%%  %,10.0f sentences/s  %,11.0f tokens/s%s%n", layer, s * 1000,
                    100.0 * nanos[layer.ordinal()] / total, sentences / s, tokens / s,
                    layer == Layer.LEMMAS ? String.format(Locale.ROOT, "  (tagged: %,.0f sentences/s, %,.0f tokens/s)", taggedSentences / s, taggedTokens / s) : "");
        }
        out.printf(Locale.ROOT, "whole pipeline: %.1f s of CPU, %.2f MB/s, %,.0f tokens/s%n", total / 1e9, bytes / 1048576.0 / (total / 1e9), tokens / (total / 1e9));
    }

    private static void runAll(Extractor extractor, List<SourceDocument> docs, long[] nanos, long[] counts) {
        for (SourceDocument d : docs) {
            AnnotatedDocument doc = extractor.annotate(d, nanos, CPU::getCurrentThreadCpuTime);
            doc.claims();
            for (int s = 0; s < doc.sentences().size(); s++) {
                List<Token> tokens = doc.tokens(s);
                counts[0]++;
                counts[1] += tokens.size();
                if (!tokens.isEmpty() && tokens.get(0).tagged()) {
                    counts[2]++;
                    counts[3] += tokens.size();
                }
            }
        }
    }

    private static List<Path> files(String[] args) {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!Files.isDirectory(p)) { out.add(p); continue; }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static SourceDocument read(Path file, int n) {
        try {
            String text = Files.readString(file);
            return new SourceDocument("bench-" + n, file.toString(), language(text), null, NormalisedText.identity(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Russian if most letters are Cyrillic, else English or German by "the" against "der/die/und". */
    static String language(String text) {
        long cyrillic = text.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC).count();
        long letters = text.chars().filter(Character::isLetter).count();
        if (cyrillic * 2 > letters) return "ru";
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        return count(lower, " the ") > count(lower, " der ") + count(lower, " und ") ? "en" : "de";
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) n++;
        return n;
    }
}
