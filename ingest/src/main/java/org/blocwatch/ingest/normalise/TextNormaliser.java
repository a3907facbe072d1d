package org.blocwatch.ingest.normalise;

import org.blocwatch.model.NormalisedText;

import java.util.List;

/**
 * A chain of {@link TextFilter}s from extracted to normalised text, in the manner of a Lucene
 * analysis chain. The order matters: white space is tidied first so the line-based filters see
 * clean lines; footnotes leave before hyphenated words are joined (their URLs wrap with hyphens
 * too); furniture and pull quotes leave before paragraphs are reflowed.
 */
public final class TextNormaliser {

    /** The result: the normalised text with its map, and the references taken out of the body. */
    public record Result(NormalisedText text, List<String> references) {}

    private final List<TextFilter> filters;

    public TextNormaliser(List<TextFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** The full chain for documents. */
    public static TextNormaliser standard() {
        return new TextNormaliser(List.of(
                new UnicodeFilter(),
                new WhitespaceFilter(),
                new MarkdownFilter(),
                new ReferenceLineFilter(),
                new BoilerplateFilter(),
                new PullQuoteFilter(),
                new WhitespaceFilter(),
                new DehyphenationFilter(),
                new ParagraphReflowFilter(),
                new FootnoteMarkerFilter(),
                new WhitespaceFilter()));
    }

    /** Only Unicode, white-space and mark-up tidying: lines stay as printed, for reading metadata. */
    public static TextNormaliser light() {
        return new TextNormaliser(List.of(new UnicodeFilter(), new WhitespaceFilter(), new MarkdownFilter()));
    }

    public Result normalise(String extracted) {
        Draft draft = Draft.of(extracted);
        for (TextFilter filter : filters) draft = filter.apply(draft);
        return new Result(new NormalisedText(extracted, draft.text(), draft.offsets()), draft.references());
    }
}
