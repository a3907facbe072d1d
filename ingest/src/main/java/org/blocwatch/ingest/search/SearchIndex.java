package org.blocwatch.ingest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.DocumentStore;
import org.blocwatch.store.StoredDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-text index of the stored documents, a Lucene index in a folder beside the database
 * ({@code kb.db} has {@code kb.db.index/}). The database is the record; the index is derived
 * from it, updated after each document is committed, and rebuilt from the table when the two
 * disagree (say, after a crash between the two, or documents another machine ingested into a
 * shared PostgreSQL KB). One process at a time writes an index (Lucene's write lock); a search
 * while another process writes it reads the state that process last committed.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Map<String, Float> BOOSTS = Map.of(SearchFields.TITLE, 2f);
    private static final int SNIPPET_PASSAGES = 2;

    private final Directory directory;
    private final Analyzer analyzer = SearchFields.indexAnalyzer();
    private final Analyzer queryAnalyzer = SearchFields.queryAnalyzer();
    /** Null where another process writes this index and this one only searches it. */
    private final IndexWriter writer;

    private SearchIndex(Path folder, boolean write) throws IOException {
        this.directory = FSDirectory.open(folder);
        try {
            this.writer = write ? new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) : null;
        } catch (IOException e) {
            directory.close();
            throw e;
        }
    }

    /** The index folder that belongs to a database file. */
    public static Path folderFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".index");
    }

    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Opens the index for writing, waiting (after calling {@code onWait} once) while another process writes it. */
    public static SearchIndex openWaiting(Path folder, Runnable onWait) {
        boolean waited = false;
        while (true) {
            try {
                return new SearchIndex(folder, true);
            } catch (LockObtainFailedException busy) {
                if (!waited) onWait.run();
                waited = true;
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the search index " + folder, e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Opens the index to search it: for writing where no other process writes it (so that it can
     * catch up with the table), else only reading what that process last committed.
     */
    public static SearchIndex openForSearch(Path folder) {
        try {
            try {
                return new SearchIndex(folder, true);
            } catch (LockObtainFailedException busy) {
                return new SearchIndex(folder, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException("the search index is being written by another process");
        return writer;
    }

    /** Adds (or replaces) a document; {@code languages} gives each paragraph's language. */
    public void add(StoredDocument stored, LanguageDetector.Profile languages) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.ID, stored.id(), Field.Store.YES));
        if (stored.title() != null) doc.add(new TextField(SearchFields.TITLE, stored.title(), Field.Store.YES));
        if (stored.language() != null) doc.add(new StringField(SearchFields.LANGUAGE, stored.language(), Field.Store.YES));
        PartialDate published = stored.published();
        if (published != null) {
            doc.add(new StoredField(SearchFields.PUBLISHED, published.toString()));
            doc.add(new LongPoint(SearchFields.PUBLISHED_START, published.earliest().toEpochDay()));
            doc.add(new LongPoint(SearchFields.PUBLISHED_END, published.latest().toEpochDay()));
        }
        String text = stored.text().text();
        Map<String, StringBuilder> bodies = new LinkedHashMap<>();
        for (LanguageDetector.Span span : languages.paragraphs()) {
            bodies.computeIfAbsent(SearchFields.bodyField(span.language()), f -> new StringBuilder())
                    .append(text, span.start(), span.end()).append('\n');
        }
        bodies.forEach((field, body) -> doc.add(new TextField(field, body.toString(), Field.Store.YES)));
        try {
            writer().updateDocument(new Term(SearchFields.ID, stored.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + stored.id() + ": " + e.getMessage(), e);
        }
    }

    /** Makes what was added durable and visible to searches. */
    public void commit() {
        if (writer == null) return;
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the search index: " + e.getMessage(), e);
        }
    }

    public int size() {
        if (writer != null) return writer.getDocStats().numDocs;
        try {
            if (!DirectoryReader.indexExists(directory)) return 0;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds the index from the table when their document counts differ; returns whether it
     * did. An index another process writes is left to it.
     */
    public boolean ensureMatches(DocumentStore store, LanguageDetector languages) {
        if (writer == null || store.count() == size()) return false;
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index: " + e.getMessage(), e);
        }
        store.forEachDocument(d -> add(d, languages.profile(d.text().text())));
        commit();
        return true;
    }

    /** Ranked documents with snippets; an unparseable query is an {@link IllegalArgumentException}. */
    public List<SearchHit> search(SearchQuery query) {
        commit();
        try {
            if (writer == null && !DirectoryReader.indexExists(directory)) return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query q = build(query);
            TopDocs top = searcher.search(q, Math.max(1, query.limit()));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                    .withMaxLength(1_000_000)
                    .build();
            Map<String, String[]> snippets = new HashMap<>();
            for (String field : SearchFields.bodyFields())
                snippets.put(field, highlighter.highlight(field, q, top, SNIPPET_PASSAGES));
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = searcher.storedFields().document(sd.doc);
                String snippet = null;
                for (String field : SearchFields.bodyFields()) {
                    String s = snippets.get(field)[i];
                    if (s != null && !s.isBlank() && (snippet == null || (s.contains("«") && !snippet.contains("«")))) snippet = s;
                }
                String published = d.get(SearchFields.PUBLISHED);
                hits.add(new SearchHit(d.get(SearchFields.ID), d.get(SearchFields.TITLE), d.get(SearchFields.LANGUAGE),
                        published == null ? null : PartialDate.parse(published), sd.score,
                        snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
        }
    }

    private Query build(SearchQuery query) {
        List<String> fields = new ArrayList<>(SearchFields.bodyFields());
        fields.add(SearchFields.TITLE);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), queryAnalyzer, BOOSTS);
        parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
        Query text;
        try {
            text = parser.parse(query.text());
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot understand the query \"" + query.text() + "\": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (query.language() != null)
            all.add(new TermQuery(new Term(SearchFields.LANGUAGE, query.language())), BooleanClause.Occur.FILTER);
        if (query.from() != null)
            all.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_END, query.from().earliest().toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        if (query.to() != null)
            all.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED_START, Long.MIN_VALUE, query.to().latest().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        return all.build();
    }

    @Override
    public void close() {
        try {
            if (writer != null) writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
