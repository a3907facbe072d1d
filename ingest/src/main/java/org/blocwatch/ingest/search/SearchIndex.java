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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.DocumentStore;
import org.blocwatch.store.StoredDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-text index of the stored documents, a Lucene index in a folder beside the database
 * ({@code kb.db} has {@code kb.db.index/}). The database is the record; the index is derived
 * from it, updated after each document is committed, and repaired from the table where the two
 * disagree (say, after a crash between the two commits). One writer at a time holds Lucene's
 * write lock (ingests queue for it through {@code IngestLock}); searches read the last commit
 * without any lock.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Map<String, Float> BOOSTS = Map.of(SearchFields.TITLE, 2f);
    private static final int SNIPPET_PASSAGES = 2;

    private final Directory directory;
    private final Analyzer analyzer = SearchFields.indexAnalyzer();
    private final IndexWriter writer;

    private SearchIndex(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** The index folder that belongs to a database file. */
    public static Path folderFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".index");
    }

    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
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
            writer.updateDocument(new Term(SearchFields.ID, stored.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + stored.id() + ": " + e.getMessage(), e);
        }
    }

    /** Makes what was added durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index in line with the table, document by document: indexes what the table has
     * and the index lacks (a crash between a document's commit and the index's), removes what the
     * table does not have. Returns how many documents it added or removed.
     */
    public int repair(DocumentStore store, LanguageDetector languages) {
        Set<String> stored = new HashSet<>();
        store.documents().forEach(d -> stored.add(d.id()));
        Set<String> indexed = indexedIds();
        int changes = 0;
        for (String id : stored) {
            if (indexed.contains(id)) continue;
            StoredDocument d = store.document(id).orElseThrow();
            add(d, languages.profile(d.text().text()));
            changes++;
        }
        for (String id : indexed) {
            if (stored.contains(id)) continue;
            delete(id);
            changes++;
        }
        if (changes > 0) commit();
        return changes;
    }

    /** Indexes every stored document afresh; returns how many. */
    public int rebuild(DocumentStore store, LanguageDetector languages) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index: " + e.getMessage(), e);
        }
        int[] count = {0};
        store.forEachDocument(d -> {
            add(d, languages.profile(d.text().text()));
            count[0]++;
        });
        commit();
        return count[0];
    }

    private void delete(String id) {
        try {
            writer.deleteDocuments(new Term(SearchFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove document " + id + " from the index: " + e.getMessage(), e);
        }
    }

    /** The ids of the live documents, from the id field's terms (no stored field is read). */
    private Set<String> indexedIds() {
        Set<String> ids = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(SearchFields.ID);
                if (terms == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum it = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    postings = it.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            ids.add(term.utf8ToString());
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
        return ids;
    }

    /** Ranked documents with snippets, including what this writer added but has not committed yet. */
    public List<SearchHit> search(SearchQuery query) {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return search(reader, analyzer, query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
        }
    }

    /**
     * Searches the index as of its last commit, taking no lock: searches run while an ingest
     * writes. A folder without an index yet has no hits.
     */
    public static List<SearchHit> searchCommitted(Path folder, SearchQuery query) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return List.of();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return search(reader, SearchFields.indexAnalyzer(), query);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** How many documents the index held at its last commit (0 without an index), without a lock. */
    public static int committedSize(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) return 0;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An unparseable query is an {@link IllegalArgumentException}; a limit below 1 finds nothing. */
    private static List<SearchHit> search(DirectoryReader reader, Analyzer analyzer, SearchQuery query) throws IOException {
        if (query.limit() < 1) return List.of();
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = build(query);
        TopDocs top = searcher.search(q, query.limit());
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
    }

    private static Query build(SearchQuery query) {
        List<String> fields = new ArrayList<>(SearchFields.bodyFields());
        fields.add(SearchFields.TITLE);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), SearchFields.queryAnalyzer(), BOOSTS);
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
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
