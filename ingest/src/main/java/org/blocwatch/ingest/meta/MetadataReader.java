package org.blocwatch.ingest.meta;

import org.blocwatch.ingest.read.Extraction;

import java.util.List;
import java.util.Optional;

/**
 * Puts together what is known of a document: the file's own metadata where it is meaningful,
 * otherwise what the text itself prints (headline, byline, dateline, the site that names itself).
 */
public final class MetadataReader {

    private final DateFinder dates = new DateFinder();
    private final BylineFinder bylines = new BylineFinder();
    private final TitleFinder titles = new TitleFinder();
    private final PublisherFinder publishers = new PublisherFinder();

    /**
     * @param lines      the lightly normalised lines of the text (as printed)
     * @param printed    the same text in one piece, page furniture included: its links tell the site
     * @param references the link addresses taken out of it
     * @param source     where the document came from (a path or URL)
     */
    public DocumentMetadata read(Extraction extraction, List<String> lines, String printed, List<String> references,
                                 String source) {
        Optional<BylineFinder.Found> byline = bylines.find(lines, dates);
        String title = usableTitle(extraction.title());
        if (title == null) title = titles.find(lines, byline.orElse(null), dates);
        String author = byline.map(BylineFinder.Found::author).orElse(usableName(extraction.author()));
        String publisher = extraction.publisher() != null ? extraction.publisher() : publishers.find(printed, references);
        Optional<DateFinder.Found> date = dates.inText(lines);
        if (date.isEmpty()) date = dates.inMetadata(extraction.date());
        if (date.isEmpty()) date = dates.inUrl(source);
        return new DocumentMetadata(title, author, publisher, date.map(DateFinder.Found::date).orElse(null),
                date.map(DateFinder.Found::evidence).orElse(null));
    }

    /** A metadata title that is a real headline, not a file name or a word processor's default. */
    static String usableTitle(String title) {
        if (title == null) return null;
        String t = title.strip().replaceFirst("^Microsoft Word - ", "");
        int bar = t.indexOf(" | ");
        if (bar > 0) t = t.substring(0, bar).strip();
        if (t.split("\\s+").length < 2 || t.matches(".*\\.(docx?|pdf|odt|rtf|txt|html?)$")) return null;
        return t;
    }

    /** Word processors record the account that saved a file; only a name of two words or more is used. */
    static String usableName(String name) {
        if (name == null) return null;
        String n = name.strip();
        return n.matches("\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+)+") ? n : null;
    }
}
