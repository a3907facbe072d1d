package org.blocwatch.store;

import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.OffsetMap;
import org.blocwatch.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(TestStores.class)
class JdbcDocumentStoreTest {

    @Parameter TestStores stores;

    @TempDir Path dir;

    /** A document whose normalised text drops the doubled space of "Ein  Satz." */
    private static StoredDocument document(String id, String raw, String duplicateOf) {
        NormalisedText text = new NormalisedText("Ein  Satz.", "Ein Satz.", new int[]{0, 1, 2, 4, 5, 6, 7, 8, 9, 10});
        return new StoredDocument(id, "in/" + id + ".txt", "A title", "Ann Author", null, PartialDate.parse("2023-09"),
                "de", raw, "t" + raw, text, List.of("1 https://example.org/a"),
                new int[]{1, -2, 3}, duplicateOf, 1_700_000_000_000L);
    }

    @Test
    void documentsSurviveReopeningUnchanged() {
        StoredDocument doc = document("note-1", "aa11", null);
        try (JdbcDocumentStore store = new JdbcDocumentStore(stores.open(dir).connection())) {
            store.add(doc, List.of(), List.of());
            store.add(document("note-2", "bb22", "note-1"), List.of(), List.of());
        }
        try (JdbcDocumentStore store = new JdbcDocumentStore(stores.open(dir).connection())) {
            StoredDocument back = store.document("note-1").orElseThrow();
            assertThat(back.text()).isEqualTo(doc.text());
            assertThat(back.text().originalQuote(4, 8)).isEqualTo("Satz");
            assertThat(back.minHash()).containsExactly(1, -2, 3);
            assertThat(back.references()).containsExactly("1 https://example.org/a");
            assertThat(back.published()).isEqualTo(PartialDate.parse("2023-09"));
            assertThat(store.idByRawHash("bb22")).contains("note-2");
            assertThat(store.idByTextHash("taa11")).contains("note-1");
            assertThat(store.documents()).extracting(DocumentSummary::id, DocumentSummary::duplicateOf)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("note-1", null),
                            org.assertj.core.groups.Tuple.tuple("note-2", "note-1"));
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void aDocumentAndItsClaimsAreStoredTogetherOrNotAtAll() throws Exception {
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        org.blocwatch.model.Claim claim = org.blocwatch.model.Claim.of(
                org.blocwatch.model.Membership.span("AAA", "PACT", org.blocwatch.model.MembershipStatus.MEMBER, PartialDate.parse("1999"), null),
                new org.blocwatch.model.Provenance.Document("note-1", 0, 3, "Ein"), org.blocwatch.model.Method.extracted("test"),
                0.5, org.blocwatch.model.ReviewState.PROPOSED, t);
        try (JdbcKnowledgeStore kb = stores.open(dir)) {
            JdbcDocumentStore store = new JdbcDocumentStore(kb.connection());
            store.add(document("note-1", "aa11", null), List.of(claim), List.of());
            assertThat(kb.claim(claim.id())).isPresent();
            try (var s = kb.connection().createStatement()) {
                s.execute("DROP TABLE review_event"); // recording any further claim now fails
            }
            org.blocwatch.model.Claim second = org.blocwatch.model.Claim.of(claim.body(),
                    new org.blocwatch.model.Provenance.Document("note-2", 0, 3, "Ein"), claim.method(), 0.5, claim.review(), t);
            assertThatThrownBy(() -> store.add(document("note-2", "bb22", null), List.of(second), List.of()))
                    .isInstanceOf(StoreException.class);
            assertThat(store.containsId("note-2")).isFalse();
            assertThat(kb.claim(second.id())).isEmpty();
        }
    }

    @Test
    void aFailedInsertLeavesNothingBehind() {
        try (JdbcDocumentStore store = new JdbcDocumentStore(stores.open(dir).connection())) {
            store.add(document("note-1", "aa11", null), List.of(), List.of());
            assertThatThrownBy(() -> store.add(document("note-2", "aa11", null), List.of(), List.of()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("note-2");
            assertThat(store.containsId("note-2")).isFalse();
            store.add(document("note-3", "cc33", null), List.of(), List.of());
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void offsetMapsRoundTripCompactly() {
        int[] map = {0, 1, 2, 5, 6, 7, 7, 8, 20};
        String encoded = OffsetMapCodec.encode(OffsetMap.of(map));
        assertThat(encoded).isEqualTo("0:0,3:5,6:7,8:20;9");
        assertThat(OffsetMapCodec.decode(encoded)).isEqualTo(OffsetMap.of(map));
        assertThat(OffsetMapCodec.decode(OffsetMapCodec.encode(OffsetMap.of(new int[]{0})))).isEqualTo(OffsetMap.of(new int[]{0}));
    }
}
