package org.blocwatch.ingest.meta;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a document and of each of its paragraphs with lingua, restricted to the
 * languages this project's sources are written in (fewer candidates: faster and fewer mistakes).
 * Paragraphs too short to judge take the document's language. One detector may be shared by
 * threads; building it loads the language models, so build one per process.
 */
public final class LanguageDetector {

    private static final int MIN_LETTERS = 30;
    /**
     * Judging more text than this changes nothing but the time taken: on the 21 openings and 105
     * paragraphs of 250 characters or more of the seed and development documents, 100 characters
     * already gave the answer 600 gave, and lingua's time grows with the text (judging each
     * document's first 250 characters was a tenth of extraction time).
     */
    private static final int SAMPLE = 150;

    /** A paragraph [start, end) of the text and its ISO 639-1 language code. */
    public record Span(int start, int end, String language) {}

    /** The main language (most text) and the language of each paragraph. */
    public record Profile(String language, List<Span> paragraphs) {}

    private static final Language[] LANGUAGES = {Language.GERMAN, Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN,
            Language.FRENCH, Language.KAZAKH, Language.POLISH, Language.SPANISH};

    private final com.github.pemistahl.lingua.api.LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(LANGUAGES)
            .withLowAccuracyMode()
            .build();
    private final FunctionWords functionWords = new FunctionWords(
            java.util.Arrays.stream(LANGUAGES).map(LanguageDetector::code).toList());

    /**
     * The document's language is judged once, from its opening; a paragraph is judged on its own
     * only where its script differs from that language's (a Russian quotation in a German
     * article), which a count of letters tells cheaply. Paragraph-by-paragraph n-gram look-ups
     * were a third of ingest time, and within one script they rarely changed the answer.
     */
    public Profile profile(String text) {
        String opening = detect(text);
        Script openingScript = Script.of(opening);
        List<Span> judged = new ArrayList<>();
        Map<String, Integer> letters = new HashMap<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int[] counts = Script.count(text, start, end);
            int count = counts[0] + counts[1] + counts[2];
            String language = null;
            if (count >= MIN_LETTERS) {
                Script script = Script.dominant(counts);
                language = opening != null && script == openingScript ? opening : detect(text.substring(start, end));
            }
            judged.add(new Span(start, end, language));
            if (language != null) letters.merge(language, count, Integer::sum);
            start = end + 1;
        }
        String main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(opening);
        List<Span> spans = new ArrayList<>();
        for (Span s : judged) {
            if (s.end() > s.start()) spans.add(new Span(s.start(), s.end(), s.language() == null ? main : s.language()));
        }
        return new Profile(main, spans);
    }

    /** The scripts the detected languages are written in, told apart by counting letters. */
    private enum Script {
        LATIN, CYRILLIC, OTHER;

        static Script of(String language) {
            if (language == null) return OTHER;
            return switch (language) {
                case "ru", "uk", "kk" -> CYRILLIC;
                default -> LATIN;
            };
        }

        /** Latin, Cyrillic and other letters in text[start, end). */
        static int[] count(String text, int start, int end) {
            int[] counts = new int[3];
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < 'A') continue;
                if (c <= 'z') {
                    if (Character.isLetter(c)) counts[0]++;
                } else if (c >= '\u0400' && c <= '\u04FF') counts[1]++;
                else if (Character.isLetter(c)) counts[c < '\u0250' ? 0 : 2]++;
            }
            return counts;
        }

        static Script dominant(int[] counts) {
            if (counts[0] >= counts[1] && counts[0] >= counts[2]) return LATIN;
            return counts[1] >= counts[2] ? CYRILLIC : OTHER;
        }
    }

    /**
     * The ISO 639-1 code of the text's language, or null when it cannot be told: by its function
     * words where they leave no doubt, else by lingua's n-gram model.
     */
    public String detect(String text) {
        String plain = functionWords.decide(text);
        if (plain != null) return plain;
        Language language = detector.detectLanguageOf(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        return language == Language.UNKNOWN ? null : code(language);
    }

    private static String code(Language language) { return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT); }
}
