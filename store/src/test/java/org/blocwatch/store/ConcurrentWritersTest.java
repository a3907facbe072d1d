package org.blocwatch.store;

import org.blocwatch.model.Claim;
import org.blocwatch.model.Entity;
import org.blocwatch.model.EntityKind;
import org.blocwatch.model.Membership;
import org.blocwatch.model.MembershipStatus;
import org.blocwatch.model.Method;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.Office;
import org.blocwatch.model.Role;
import org.blocwatch.model.PartialDate;
import org.blocwatch.model.Provenance;
import org.blocwatch.model.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ingests into one KB at once, each through its own connection as two processes (or two
 * server threads) would, while readers query it: afterwards every document, claim and proposed
 * entity is there, and no reader ever saw a document without its claims.
 */
@ParameterizedClass
@EnumSource(TestStores.class)
class ConcurrentWritersTest {

    @Parameter TestStores stores;
    @TempDir Path dir;

    static final int DOCUMENTS_PER_WRITER = 25;
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void twoIngestsAndReadersAtOnceLoseNothing() throws Exception {
        try (JdbcKnowledgeStore setup = stores.open(dir)) {
            setup.putEntities(List.of(new Entity("PACT", EntityKind.ORGANISATION, "Pact", List.of(), Map.of())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        // the writers add their i-th documents at the same moment, so that they race for the same new persons
        CyclicBarrier inStep = new CyclicBarrier(2);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        List<Future<?>> writers = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            writers.add(pool.submit(() -> {
                try (JdbcKnowledgeStore kb = stores.open(dir)) {
                    JdbcDocumentStore docs = new JdbcDocumentStore(kb.connection());
                    start.await();
                    for (int i = 0; i < DOCUMENTS_PER_WRITER; i++) {
                        String id = "doc-" + writer + "-" + i;
                        // the i-th documents of both writers introduce the same two new persons, in opposite orders
                        Entity p = person("p" + i), q = person("q" + i);
                        List<Entity> persons = writer.equals("a") ? List.of(p, q) : List.of(q, p);
                        inStep.await(10, TimeUnit.SECONDS);
                        docs.add(document(id), claims(id), persons);
                    }
                }
                return null;
            }));
        }
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            readers.add(pool.submit(() -> {
                try (JdbcKnowledgeStore kb = stores.open(dir)) {
                    JdbcDocumentStore docs = new JdbcDocumentStore(kb.connection());
                    start.await();
                    while (writing.get()) {
                        for (DocumentSummary d : docs.documents())
                            if (kb.claims(ClaimFilter.all().withSource("document", d.id())).size() != 2) torn.add(d.id());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> w : writers) w.get(60, TimeUnit.SECONDS);
        writing.set(false);
        for (Future<?> r : readers) r.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        try (JdbcKnowledgeStore kb = stores.open(dir)) {
            JdbcDocumentStore docs = new JdbcDocumentStore(kb.connection());
            assertThat(docs.count()).isEqualTo(2 * DOCUMENTS_PER_WRITER);
            assertThat(kb.stats().claims()).isEqualTo(4L * DOCUMENTS_PER_WRITER);
            assertThat(kb.entities()).hasSize(1 + 2 * DOCUMENTS_PER_WRITER);
            for (DocumentSummary d : docs.documents())
                assertThat(kb.claims(ClaimFilter.all().withSource("document", d.id()))).hasSize(2);
        }
        assertThat(torn).isEmpty();
    }

    static Entity person(String name) {
        return new Entity("person:" + name, EntityKind.PERSON, "Person " + name.toUpperCase(), List.of(), Map.of());
    }

    static StoredDocument document(String id) {
        NormalisedText text = NormalisedText.identity("Ein Satz über " + id + ".");
        return new StoredDocument(id, "in/" + id + ".txt", "Titel " + id, null, null, PartialDate.parse("2024"), "de",
                "raw-" + id, "text-" + id, text, List.of(), new int[]{id.hashCode()}, null, T0.toEpochMilli());
    }

    static List<Claim> claims(String id) {
        Provenance quote = new Provenance.Document(id, 0, 3, "Ein");
        return List.of(
                Claim.of(Membership.span("AAA", "PACT", MembershipStatus.MEMBER, PartialDate.parse("1999"), null), quote,
                        Method.extracted("test"), 0.6, ReviewState.PROPOSED, T0),
                Claim.of(new Office("person:x", Role.SECRETARY_GENERAL, "PACT", PartialDate.parse("2001"), null, null, false), quote,
                        Method.extracted("test"), 0.6, ReviewState.PROPOSED, T0));
    }
}
