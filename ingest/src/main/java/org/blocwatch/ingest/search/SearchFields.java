package org.blocwatch.ingest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.List;
import java.util.Map;

/**
 * The index's fields. Body text goes to one field per language, each analysed for its language
 * (a document that mixes languages has its paragraphs in several); languages without an analyser
 * of their own share a plain field. A query is parsed once per field with that field's analyser.
 */
final class SearchFields {
    private SearchFields() {}

    static final String ID = "id";
    static final String TITLE = "title";
    static final String LANGUAGE = "lang";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_START = "published_start";
    static final String PUBLISHED_END = "published_end";
    static final String OTHER_BODY = "body_other";
    static final List<String> ANALYSED_LANGUAGES = List.of("de", "en", "ru");

    static String bodyField(String language) {
        return language != null && ANALYSED_LANGUAGES.contains(language) ? "body_" + language : OTHER_BODY;
    }

    static List<String> bodyFields() {
        return List.of("body_de", "body_en", "body_ru", OTHER_BODY);
    }

    /** Analysis for indexing: German compounds are split into their parts as well. */
    static Analyzer indexAnalyzer() { return analyzer(true); }

    /** Analysis for queries: words are looked up as they are written. */
    static Analyzer queryAnalyzer() { return analyzer(false); }

    private static Analyzer analyzer(boolean decompound) {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                "body_de", new GermanSearchAnalyzer(decompound),
                "body_en", new EnglishAnalyzer(),
                "body_ru", new RussianAnalyzer()));
    }
}
