package org.blocwatch.ingest;

import org.blocwatch.ingest.meta.LanguageDetector;
import org.blocwatch.ingest.search.SearchHit;
import org.blocwatch.ingest.search.SearchIndex;
import org.blocwatch.ingest.search.SearchQuery;
import org.blocwatch.model.PartialDate;
import org.blocwatch.store.DocumentSummary;
import org.blocwatch.store.JdbcDocumentStore;
import org.blocwatch.model.Claim;
import org.blocwatch.model.DateRef;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorTest {

    private static DocumentReader reader;

    @TempDir Path dir;
    private Path db;
    private JdbcDocumentStore store;
    private SearchIndex index;

    private static final String REPORT = """
            Stand: 03.02.2024
            
            Zollrat berät über Getreide
            
            Von Karl Probe
            
            Der Zollrat der Steppenstaaten hat in Tarasun über gemeinsame Abgaben auf Getreide beraten. Die Minister \
            einigten sich darauf, die Sätze für Weizen und Gerste bis zum Sommer unverändert zu lassen. Ein Beobachterstatus \
            für Nachbarländer wurde ebenfalls besprochen, aber nicht beschlossen. Die nächste Sitzung ist für den Herbst \
            geplant, wenn neue Zahlen zur Ernte vorliegen.
            """;

    @BeforeAll
    static void loadModels() {
        reader = new DocumentReader(1_000_000, new LanguageDetector());
    }

    @BeforeEach
    void open() {
        db = dir.resolve("kb.db");
        store = JdbcDocumentStore.openSqlite(db);
        index = SearchIndex.open(SearchIndex.folderFor(db));
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private Ingestor ingestor() {
        return ingestor(ClaimExtraction.NONE);
    }

    private Ingestor ingestor(ClaimExtraction extraction) { return ingestor(extraction, 2); }

    private Ingestor ingestor(ClaimExtraction extraction, int jobs) {
        return new Ingestor(store, index, reader, jobs, extraction, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                new ByteArrayInputStream(new byte[0]));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void storesEachDocumentOnceAndReportsBadFilesWithoutStopping() throws Exception {
        write("bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        write("paper.pdf", Fixtures.paperPdf());
        write("paper2.docx", Fixtures.paperDocx());
        write("seite.html", Fixtures.WEB_PAGE.getBytes(StandardCharsets.UTF_8));
        write("russisch.txt", Fixtures.RUSSIAN_TEXT.getBytes(Charset.forName("windows-1251")));
        byte[] pdf = Fixtures.paperPdf();
        write("kaputt.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        write("rauschen.txt", noise);
        write("leer.txt", new byte[0]);
        write("riesig.txt", new byte[1_000_001]);
        write("notizen.jsonl", "{\"not\": \"a document\"}".getBytes(StandardCharsets.UTF_8));

        IngestReport first = ingestor().ingest(List.of(dir.resolve("in")), IngestListener.silent());
        assertThat(first.failed()).isEqualTo(4);
        assertThat(first.results()).filteredOn(r -> r.status() == IngestResult.Status.FAILED)
                .allSatisfy(r -> assertThat(r.message()).doesNotContain("\n").contains(r.input()));
        assertThat(first.stored()).isEqualTo(4);
        assertThat(first.alreadyPresent()).isEqualTo(1); // the DOCX has the same text as the PDF

        IngestResult bericht = first.results().stream().filter(r -> r.input().endsWith("bericht.txt")).findFirst().orElseThrow();
        assertThat(bericht.document().id()).isEqualTo("bericht");
        assertThat(bericht.document().title()).isEqualTo("Zollrat berät über Getreide");
        assertThat(bericht.document().published()).isEqualTo(PartialDate.parse("2024-02-03"));
        assertThat(bericht.document().language()).isEqualTo("de");

        DocumentSummary paper = store.documents().stream().filter(d -> d.id().equals("paper")).findFirst().orElseThrow();
        assertThat(paper.title()).isEqualTo("DER RAT DER STEPPENSTAATEN: EIN BUND OHNE ZIEL?");
        assertThat(paper.author()).isEqualTo("Anna Beispiel");
        assertThat(paper.published()).isEqualTo(PartialDate.parse("2021-10"));
        String clean = store.document("paper").orElseThrow().text().text();
        assertThat(clean).contains("Mitgliedsstaaten viele Verhandlungen", "SR-Mitgliedsstaaten", "Verteidigung der Außengrenzen.")
                .doesNotContain("https://", "Außengrenzen.1");
        assertThat(store.document("paper").orElseThrow().references()).containsExactly("1 https://example.org/steppenrat/gruendung-1997.html");

        String page = store.document("seite").orElseThrow().text().text();
        assertThat(page).contains("halbieren", "ersten Juli").doesNotContain("Startseite", "Anzeige", "Webinar", "Impressum");
        assertThat(store.document("russisch").orElseThrow().language()).isEqualTo("ru");

        IngestReport again = ingestor().ingest(List.of(dir.resolve("in")), IngestListener.silent());
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(5);
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void aCopyInTheSameRunIsReadOnceAndReportedAsTheFirstOnesDocument() throws Exception {
        write("a/bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        write("b/kopie.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        write("c/anderer.txt", REPORT.replace("Getreide", "Baumwolle").getBytes(StandardCharsets.UTF_8));
        java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
        // one reader thread, so that the copy is read after the first file, as it comes after it
        IngestReport report = ingestor(document -> {
            extracted.incrementAndGet();
            return ClaimExtraction.Result.EMPTY;
        }, 1).ingest(List.of(dir.resolve("in")), IngestListener.silent());
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.alreadyPresent()).isEqualTo(1);
        // the copy is neither parsed nor extracted; the different file is
        assertThat(extracted).hasValue(2);
        IngestResult copy = report.results().stream().filter(r -> r.input().endsWith("kopie.txt")).findFirst().orElseThrow();
        assertThat(copy.documentId()).isEqualTo("bericht");
        assertThat(copy.message()).contains("same bytes as", "bericht.txt");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void withSeveralReadersACopyIsStillStoredOnceWhicheverIsReadFirst() throws Exception {
        for (int i = 0; i < 6; i++) write("k" + i + "/bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        IngestReport report = ingestor(ClaimExtraction.NONE, 3).ingest(List.of(dir.resolve("in")), IngestListener.silent());
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.alreadyPresent()).isEqualTo(5);
        // the first input in the run's order is the one stored
        assertThat(report.results().get(0).status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void linksNearDuplicatesAndSuffixesClashingNames() throws Exception {
        write("a/bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        String edited = REPORT.replace("bis zum Sommer", "bis zum Frühsommer").replace("im Herbst", "im späten Herbst");
        write("b/bericht.txt", edited.getBytes(StandardCharsets.UTF_8));
        IngestReport report = ingestor().ingest(List.of(dir.resolve("in/a"), dir.resolve("in/b")), IngestListener.silent());
        assertThat(report.stored()).isEqualTo(2);
        IngestResult second = report.results().get(1);
        assertThat(second.documentId()).startsWith("bericht-").hasSize("bericht-".length() + 8);
        assertThat(second.duplicateOf()).isEqualTo("bericht");
        assertThat(report.summary()).isEqualTo("2 ingested (1 near-duplicate), 0 already present, 0 failed");
    }

    @Test
    void storesTheClaimsAndNewEntitiesExtractedFromEachNewDocumentWithIt() throws Exception {
        Path file = write("bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        List<String> seen = new java.util.ArrayList<>();
        ClaimExtraction oneClaimPerDocument = doc -> {
            seen.add(doc.id());
            String quote = doc.text().original().substring(0, 10);
            return new ClaimExtraction.Result(List.of(Claim.of(
                    new Membership("AAA", "PACT", MembershipStatus.MEMBER, null, null, DateRef.documentDate(null)),
                    new Provenance.Document(doc.id(), 0, 10, quote), Method.extracted("test"), 0.5, ReviewState.PROPOSED,
                    Instant.parse("2026-01-01T00:00:00Z"))),
                    List.of(new org.blocwatch.model.Entity("person:karl-probe", org.blocwatch.model.EntityKind.PERSON, "Karl Probe",
                            List.of(), java.util.Map.of())));
        };
        IngestReport first = ingestor(oneClaimPerDocument).ingest(List.of(file), IngestListener.silent());
        assertThat(first.results()).singleElement().satisfies(r -> assertThat(r.claims()).isEqualTo(1));
        ingestor(oneClaimPerDocument).ingest(List.of(file), IngestListener.silent());
        assertThat(seen).containsExactly("bericht");
        try (var claims = org.blocwatch.store.Database.openSqlite(dir.resolve("kb.db"))) {
            assertThat(claims.claims(org.blocwatch.store.ClaimFilter.all().withSource("document", "bericht"))).hasSize(1);
            assertThat(claims.entity("person:karl-probe")).hasValueSatisfying(e -> assertThat(e.code("review")).isEqualTo("proposed"));
        }
    }

    @Test
    void readsStandardInput() {
        Ingestor ingestor = new Ingestor(store, index, reader, 1, ClaimExtraction.NONE, Clock.systemUTC(),
                new ByteArrayInputStream(REPORT.getBytes(StandardCharsets.UTF_8)));
        IngestReport report = ingestor.ingest(List.of(Path.of("-")), IngestListener.silent());
        assertThat(report.results()).singleElement().satisfies(r -> assertThat(r.documentId()).isEqualTo("stdin"));
    }

    @Test
    void searchRanksFiltersAndSurvivesALostIndex() throws Exception {
        write("bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        write("russisch.txt", Fixtures.RUSSIAN_TEXT.getBytes(StandardCharsets.UTF_8));
        write("seite.html", Fixtures.WEB_PAGE.getBytes(StandardCharsets.UTF_8));
        ingestor().ingest(List.of(dir.resolve("in")), IngestListener.silent());

        List<SearchHit> hits = index.search(SearchQuery.of("Beobachterstatus"));
        assertThat(hits).extracting(SearchHit::id).containsExactly("bericht");
        assertThat(hits.get(0).snippet()).contains("«Beobachterstatus»");
        assertThat(index.search(SearchQuery.of("Status"))).extracting(SearchHit::id).containsExactly("bericht");
        assertThat(index.search(SearchQuery.of("\"Abgaben auf Getreide\""))).extracting(SearchHit::id).contains("bericht", "seite");
        assertThat(index.search(SearchQuery.of("пошлины"))).extracting(SearchHit::id).containsExactly("russisch");
        assertThat(index.search(new SearchQuery("Getreide", "ru", null, null, 10))).isEmpty();
        assertThat(index.search(new SearchQuery("Getreide", null, PartialDate.parse("2024-05"), null, 10)))
                .extracting(SearchHit::id).containsExactly("seite");

        index.close();
        for (Path f : Files.list(SearchIndex.folderFor(db)).toList()) Files.delete(f);
        index = SearchIndex.open(SearchIndex.folderFor(db));
        ingestor(); // finds the index behind the table and rebuilds it
        assertThat(index.search(SearchQuery.of("Beobachterstatus"))).extracting(SearchHit::id).containsExactly("bericht");
    }

    @Test
    void aCrashBetweenTheDocumentsCommitAndTheIndexCommitIsRepairedByTheNextIngest() throws Exception {
        write("bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        ingestor().ingest(List.of(dir.resolve("in")), IngestListener.silent());
        index.close();
        Path folder = SearchIndex.folderFor(db), lastCommit = dir.resolve("index-before");
        copyFolder(folder, lastCommit);
        index = SearchIndex.open(folder);
        Path page = write("seite.html", Fixtures.WEB_PAGE.getBytes(StandardCharsets.UTF_8));
        ingestor().ingest(List.of(page), IngestListener.silent());
        index.close();
        // a kill after the document's transaction, before the index's commit: the index as it was
        for (Path f : Files.list(folder).toList()) Files.delete(f);
        copyFolder(lastCommit, folder);
        SearchQuery may = new SearchQuery("Getreide", null, PartialDate.parse("2024-05"), null, 10);
        assertThat(SearchIndex.searchCommitted(folder, may)).isEmpty();
        assertThat(store.count()).isEqualTo(2);

        index = SearchIndex.open(folder);
        assertThat(ingestor().repairedIndexEntries()).isEqualTo(1);
        assertThat(SearchIndex.searchCommitted(folder, may)).extracting(SearchHit::id).containsExactly("seite");
        assertThat(ingestor().repairedIndexEntries()).isZero();
    }

    @Test
    void searchesReadTheLastCommitWhileAWriterHoldsTheIndex() throws Exception {
        write("bericht.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        ingestor().ingest(List.of(dir.resolve("in")), IngestListener.silent());
        // the writer of this test is still open, as an ingest's would be
        assertThat(SearchIndex.searchCommitted(SearchIndex.folderFor(db), SearchQuery.of("Beobachterstatus")))
                .extracting(SearchHit::id).containsExactly("bericht");
        assertThat(SearchIndex.searchCommitted(SearchIndex.folderFor(db), new SearchQuery("Beobachterstatus", null, null, null, 0))).isEmpty();
        assertThat(SearchIndex.searchCommitted(dir.resolve("no-index-yet"), SearchQuery.of("Beobachterstatus"))).isEmpty();
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (Path f : Files.list(from).toList()) Files.copy(f, to.resolve(f.getFileName()));
    }
}
