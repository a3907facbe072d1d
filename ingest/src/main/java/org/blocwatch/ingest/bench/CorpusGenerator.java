package org.blocwatch.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a corpus of invented news texts for measuring ingestion: German and English sentences
 * assembled from word lists, with a dateline, a byline, a hyphenated line break and a footnote,
 * so every stage of the pipeline has work to do. The same seed gives the same corpus.
 */
public final class CorpusGenerator {

    private static final String[] SUBJECTS_DE = {"Der Zollrat", "Die Versammlung", "Das Sekretariat", "Der Außenminister",
            "Die Kommission", "Der Verteidigungsrat", "Die Delegation", "Der Gipfel"};
    private static final String[] VERBS_DE = {"beriet über", "verschob", "billigte", "kritisierte", "prüfte", "lehnte ab"};
    private static final String[] OBJECTS_DE = {"die gemeinsamen Zölle", "den Haushalt des Bündnisses", "eine neue Grenzmission",
            "den Beobachterstatus der Nachbarn", "die Regeln für Getreideexporte", "ein Abkommen über Energie"};
    private static final String[] PLACES = {"Tarasun", "Belogorsk", "Kaspijsk", "Ulantau", "Sarybel", "Nowa Wola"};
    private static final String[] SUBJECTS_EN = {"The customs council", "The assembly", "The secretariat", "The foreign minister",
            "The commission", "The delegation"};
    private static final String[] VERBS_EN = {"discussed", "postponed", "approved", "criticised", "reviewed", "rejected"};
    private static final String[] OBJECTS_EN = {"the common tariffs", "the alliance budget", "a new border mission",
            "observer status for neighbours", "rules for grain exports", "an energy agreement"};

    /** Writes {@code count} documents into {@code folder}; returns the bytes written. */
    public static long write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            boolean german = random.nextInt(4) != 0;
            String text = document(random, german, i);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("doc-%05d.txt", i)), data);
            bytes += data.length;
        }
        return bytes;
    }

    private static String document(SplittableRandom r, boolean german, int n) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Stand: %02d.%02d.%d%n%n", 1 + r.nextInt(28), 1 + r.nextInt(12), 2000 + r.nextInt(25)));
        text.append(german ? "Bericht Nummer " : "Report number ").append(n).append(" aus ").append(pick(r, PLACES)).append("\n\n");
        text.append(german ? "Von Erika Muster\n\n" : "By Ann Example\n\n");
        int paragraphs = 3 + r.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + r.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (german) text.append(pick(r, SUBJECTS_DE)).append(" in ").append(pick(r, PLACES)).append(' ')
                        .append(pick(r, VERBS_DE)).append(' ').append(pick(r, OBJECTS_DE)).append(". ");
                else text.append(pick(r, SUBJECTS_EN)).append(" in ").append(pick(r, PLACES)).append(' ')
                        .append(pick(r, VERBS_EN)).append(' ').append(pick(r, OBJECTS_EN)).append(". ");
            }
            text.append(german ? "Die Verhand-\nlungen gehen weiter" : "The negoti-\nations continue").append(r.nextInt(1000)).append(".\n\n");
        }
        text.append("1 https://example.org/archiv/").append(n).append(".html\n");
        return text.toString();
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
