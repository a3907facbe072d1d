package org.blocwatch.ingest.normalise;

import org.blocwatch.model.NormalisedText;

import java.util.ArrayList;
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

    /** The full chain for documents: {@link #light()} followed by {@link #body()}. */
    public static TextNormaliser standard() {
        List<TextFilter> all = new ArrayList<>(light().filters);
        all.addAll(body().filters);
        return new TextNormaliser(all);
    }

    /** What the full chain does after {@link #light()}: furniture, references and line breaks leave. */
    public static TextNormaliser body() {
        return new TextNormaliser(List.of(
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
        return run(extracted, Draft.of(extracted));
    }

    /**
     * Continues from the result of an earlier chain, as if this chain's filters had followed its
     * own: the light pass a document's metadata is read from is the start of its full pass.
     */
    public Result normalise(Result earlier) {
        NormalisedText text = earlier.text();
        return run(text.original(), new Draft(text.text(), text.offsets(), earlier.references()));
    }

    private Result run(String extracted, Draft draft) {
        for (TextFilter filter : filters) draft = filter.apply(draft);
        return new Result(new NormalisedText(extracted, draft.text(), draft.offsets()), draft.references());
    }
}
