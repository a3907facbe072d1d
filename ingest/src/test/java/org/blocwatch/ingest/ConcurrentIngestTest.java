package org.blocwatch.ingest;

import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.ingest.search.SearchQuery;
import org.blocwatch.model.Claim;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.blocwatch.store.ClaimFilter;
import org.blocwatch.store.DocumentStore;
import org.blocwatch.store.DocumentSummary;
import org.blocwatch.store.StoredDocument;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.store.JdbcKnowledgeStore;
import org.blocwatch.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ingests into one KB at once, as two requests of a server would run them: each with its
 * own connection, both with the server's one search index, while a reader lists documents,
 * their claims and searches. Afterwards every document is stored, indexed and has its claim.
 */
@ParameterizedClass
@EnumSource(TestStores.class)
class ConcurrentIngestTest {

    @Parameter TestStores stores;
    @TempDir Path dir;

    /** Loading the language models takes seconds: one reader for every test, as in IngestorTest. */
    static DocumentReader reader;

    @BeforeAll
    static void loadModels() {
        reader = new DocumentReader(1_000_000, new LanguageDetector());
    }

    static final int FILES_PER_INGEST = 10;
    static final List<String> WORDS = List.of("Getreide", "Abgaben", "Grenze", "Wasser", "Handel", "Minister", "Beobachter",
            "Truppen", "Vertrag", "Gipfel", "Zoll", "Sitzung", "Ernte", "Bahn", "Strom", "Hafen", "Weide", "Brücke");

    /** One claim per document, and a person every document introduces: the two ingests race to add it. */
    static final ClaimExtraction EXTRACTION = doc -> new ClaimExtraction.Result(
            List.of(Claim.of(new Membership("AAA", "PACT", MembershipStatus.MEMBER, null, null, DateRef.documentDate(null)),
                    new Provenance.Document(doc.id(), 0, 3, doc.text().text().substring(0, 3)), Method.extracted("test"), 0.5,
                    ReviewState.PROPOSED, Instant.parse("2026-01-01T00:00:00Z"))),
            List.of(new Entity("person:rita-probe", EntityKind.PERSON, "Rita Probe", List.of(), Map.of())));

    @Test
    void twoIngestsAndAReaderAtOnceLoseNothing() throws Exception {
        Random random = new Random(7);
        for (String folder : List.of("a", "b")) {
            Path in = Files.createDirectories(dir.resolve(folder));
            for (int i = 0; i < FILES_PER_INGEST; i++) Files.writeString(in.resolve(folder + i + ".txt"), text(random), StandardCharsets.UTF_8);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean ingesting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> withoutClaim = new ConcurrentLinkedQueue<>();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"));
             JdbcDocumentStore first = new JdbcDocumentStore(stores.open(dir).connection());
             JdbcDocumentStore second = new JdbcDocumentStore(stores.open(dir).connection());
             JdbcKnowledgeStore readerStore = stores.open(dir)) {
            List<Future<IngestReport>> ingests = new ArrayList<>();
            for (var pair : List.of(Map.entry(first, "a"), Map.entry(second, "b"))) {
                Ingestor ingestor = new Ingestor(pair.getKey(), index, reader, 1, EXTRACTION);
                ingests.add(pool.submit(() -> ingestor.ingest(List.of(dir.resolve(pair.getValue())), IngestListener.silent())));
            }
            Future<?> readerDone = pool.submit(() -> {
                JdbcDocumentStore docs = new JdbcDocumentStore(readerStore.connection());
                while (ingesting.get()) {
                    for (DocumentSummary d : docs.documents())
                        if (readerStore.claims(ClaimFilter.all().withSource("document", d.id())).size() != 1) withoutClaim.add(d.id());
                    index.search(SearchQuery.of("Steppenrat"));
                }
                return null;
            });
            for (Future<IngestReport> ingest : ingests) {
                IngestReport report = ingest.get(120, TimeUnit.SECONDS);
                assertThat(report.failed()).as(report.summary()).isZero();
                assertThat(report.stored()).isEqualTo(FILES_PER_INGEST);
            }
            ingesting.set(false);
            readerDone.get(60, TimeUnit.SECONDS);

            assertThat(readerStore.stats().claims()).isEqualTo(2L * FILES_PER_INGEST);
            assertThat(readerStore.entity("person:rita-probe")).isPresent();
            assertThat(first.count()).isEqualTo(2 * FILES_PER_INGEST);
            assertThat(index.search(new SearchQuery("Steppenrat", null, null, null, 50))).hasSize(2 * FILES_PER_INGEST);
        } finally {
            pool.shutdownNow();
        }
        assertThat(withoutClaim).isEmpty();
    }

    @Test
    void anIngestThatLosesTheRaceForAFileOrItsIdStillLosesNothing() throws Exception {
        Random random = new Random(11);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("bericht.txt"), text(random), StandardCharsets.UTF_8);
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"));
             JdbcDocumentStore store = new JdbcDocumentStore(stores.open(dir).connection());
             JdbcDocumentStore rival = new JdbcDocumentStore(stores.open(dir).connection())) {
            // the rival stores this very file just before our insert
            IngestReport same = new Ingestor(new Racing(store, rival, d -> d), index, reader, 1, EXTRACTION)
                    .ingest(List.of(in.resolve("bericht.txt")), IngestListener.silent());
            assertThat(same.results()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(IngestResult.Status.ALREADY_PRESENT);
                assertThat(r.message()).contains("already ingested as bericht");
            });

            // the rival takes the id "nachricht" with another text just before our insert
            Files.writeString(in.resolve("nachricht.txt"), text(random), StandardCharsets.UTF_8);
            IngestReport clash = new Ingestor(new Racing(store, rival, d -> new StoredDocument(d.id(), "elsewhere", d.title(), null,
                    null, null, "de", "rival-raw", "rival-text", d.text(), List.of(), new int[]{1}, null, d.ingestedAt())),
                    index, reader, 1, EXTRACTION).ingest(List.of(in.resolve("nachricht.txt")), IngestListener.silent());
            assertThat(clash.results()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(IngestResult.Status.STORED);
                assertThat(r.documentId()).startsWith("nachricht-");
            });
            assertThat(store.documents()).extracting(DocumentSummary::id).hasSize(3).contains("bericht", "nachricht");
        }
    }

    /** A document store whose first add is beaten by a rival storing {@code rivalFor} of the same document first. */
    static final class Racing implements DocumentStore {
        private final DocumentStore store, rival;
        private final java.util.function.UnaryOperator<StoredDocument> rivalFor;
        private boolean raced;

        Racing(DocumentStore store, DocumentStore rival, java.util.function.UnaryOperator<StoredDocument> rivalFor) {
            this.store = store;
            this.rival = rival;
            this.rivalFor = rivalFor;
        }

        @Override public void add(StoredDocument d, java.util.Collection<Claim> claims, java.util.Collection<Entity> entities) {
            if (!raced) {
                raced = true;
                rival.add(rivalFor.apply(d), List.of(), List.of());
            }
            store.add(d, claims, entities);
        }
        @Override public java.util.Optional<StoredDocument> document(String id) { return store.document(id); }
        @Override public boolean containsId(String id) { return store.containsId(id); }
        @Override public java.util.Optional<String> idByRawHash(String hash) { return store.idByRawHash(hash); }
        @Override public java.util.Optional<String> idByTextHash(String hash) { return store.idByTextHash(hash); }
        @Override public java.util.Map<String, String> idsByRawHash() { return store.idsByRawHash(); }
        @Override public List<DocumentSummary> documents() { return store.documents(); }
        @Override public void forEachSignature(SignatureVisitor visitor) { store.forEachSignature(visitor); }
        @Override public void forEachDocument(java.util.function.Consumer<StoredDocument> visitor) { store.forEachDocument(visitor); }
        @Override public int count() { return store.count(); }
        @Override public void close() {}
    }

    /** An invented German report: its own mix of words, so that no two count as near-duplicates. */
    static String text(Random random) {
        StringBuilder text = new StringBuilder("Der Steppenrat berät.");
        for (int s = 0; s < 12; s++) {
            text.append(" Die ");
            for (int w = 0; w < 6; w++) text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w == 5 ? "" : " und ");
            text.append(" wurden am ").append(1 + random.nextInt(28)).append(". Tag besprochen.");
        }
        return text.append('\n').toString();
    }
}
