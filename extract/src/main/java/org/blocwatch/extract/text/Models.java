package org.blocwatch.extract.text;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenNLP Universal Dependencies models shipped on Maven Central (opennlp-models-* 1.3.0),
 * read from the class path once and shared: the models are thread-safe, the tools built on them
 * are not. Central has no Russian sentence or token model, so Russian has none here.
 */
final class Models {
    private static final Map<String, String> SENTENCE = Map.of(
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
    private static final Map<String, String> TOKENS = Map.of(
            "de", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
    private static final Map<String, SentenceModel> SENTENCE_MODELS = new ConcurrentHashMap<>();
    private static final Map<String, TokenizerModel> TOKEN_MODELS = new ConcurrentHashMap<>();

    private Models() {}

    static Optional<SentenceModel> sentences(String lang) {
        String resource = SENTENCE.get(lang);
        if (resource == null) return Optional.empty();
        return Optional.of(SENTENCE_MODELS.computeIfAbsent(lang, l -> load(resource, SentenceModel::new)));
    }

    static Optional<TokenizerModel> tokens(String lang) {
        String resource = TOKENS.get(lang);
        if (resource == null) return Optional.empty();
        return Optional.of(TOKEN_MODELS.computeIfAbsent(lang, l -> load(resource, TokenizerModel::new)));
    }

    private interface Reader<M> { M read(InputStream in) throws IOException; }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
