package org.blocwatch.ingest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * German analysis for search: lower-casing, stop words, decompounding against a list of common
 * compound parts (the word itself is kept, its parts are added at the same position, so phrases
 * still match), umlaut and ß normalisation ("Bündnis" matches "Buendnis") and light stemming.
 * Decompounding is for indexing only: a query for "Status" then finds "Beobachterstatus", while a
 * query for "Beobachterstatus" looks for that word and not for every "Beobachter".
 */
final class GermanSearchAnalyzer extends Analyzer {

    private static final CharArraySet PARTS = loadParts();

    private final boolean decompound;

    GermanSearchAnalyzer(boolean decompound) {
        this.decompound = decompound;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
        if (decompound) stream = new DictionaryCompoundWordTokenFilter(stream, PARTS, 6, 3, 15, false);
        stream = new GermanNormalizationFilter(stream);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet loadParts() {
        try (InputStream in = GermanSearchAnalyzer.class.getResourceAsStream("german-compound-parts.txt")) {
            if (in == null) throw new IllegalStateException("german-compound-parts.txt is missing from the class path");
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new CharArraySet(words, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
