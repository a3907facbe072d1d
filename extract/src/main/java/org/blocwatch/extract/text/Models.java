package org.blocwatch.extract.text;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
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
 * are not. Central has no Russian sentence, token, part-of-speech or lemma model, so Russian has
 * none here.
 */
public final class Models {
    private static final Kind<SentenceModel> SENTENCE = new Kind<>(SentenceModel::new, Map.of(
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
    private static final Kind<TokenizerModel> TOKENS = new Kind<>(TokenizerModel::new, Map.of(
            "de", "/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
    private static final Kind<POSModel> POS = new Kind<>(POSModel::new, Map.of(
            "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
    private static final Kind<LemmatizerModel> LEMMAS = new Kind<>(LemmatizerModel::new, Map.of(
            "de", "/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin",
            "en", "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));

    private Models() {}

    static Optional<SentenceModel> sentences(String lang) { return SENTENCE.get(lang); }

    static Optional<TokenizerModel> tokens(String lang) { return TOKENS.get(lang); }

    /** The UD part-of-speech model of a language, tagging universal parts of speech. */
    public static Optional<POSModel> partsOfSpeech(String lang) { return POS.get(lang); }

    /** The UD lemmatizer model of a language, which reads a token with its universal part of speech. */
    public static Optional<LemmatizerModel> lemmas(String lang) { return LEMMAS.get(lang); }

    private interface Reader<M> { M read(InputStream in) throws IOException; }

    /** One kind of model: its resource per language, read on first use. */
    private record Kind<M>(Reader<M> reader, Map<String, String> resources, Map<String, M> loaded) {
        Kind(Reader<M> reader, Map<String, String> resources) { this(reader, resources, new ConcurrentHashMap<>()); }

        Optional<M> get(String lang) {
            String resource = resources.get(lang);
            if (resource == null) return Optional.empty();
            return Optional.of(loaded.computeIfAbsent(lang, l -> load(resource)));
        }

        private M load(String resource) {
            try (InputStream in = Models.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
            }
        }
    }
}
