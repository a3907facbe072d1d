package org.blocwatch.ingest;

import org.blocwatch.ingest.meta.DocumentMetadata;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.SourceDocument;

import java.util.List;

/**
 * One file read and understood, not yet stored: its hashes, its normalised text with the
 * references taken out of the body, its metadata and languages, and the warnings worth telling
 * the user (such as a date that could not be found).
 *
 * @param name the document id the file name suggests (its name without extension)
 */
public record ReadDocument(String name, String source, String mediaType, String rawSha256, String textSha256,
                           NormalisedText text, List<String> references, DocumentMetadata metadata,
                           LanguageDetector.Profile languages, List<String> warnings) {

    public ReadDocument {
        references = List.copyOf(references);
        warnings = List.copyOf(warnings);
    }

    public String language() { return languages.language(); }

    /** The document as the extractor sees it, under the given id. */
    public SourceDocument toSourceDocument(String id) {
        return new SourceDocument(id, metadata.title(), language(), metadata.published(), text);
    }

    /** The document under the id its file name suggests. */
    public SourceDocument toSourceDocument() { return toSourceDocument(name); }
}
