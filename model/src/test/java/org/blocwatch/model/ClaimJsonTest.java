package org.blocwatch.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimJsonTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static Claim extracted(ClaimBody body) {
        return Claim.of(body, new Provenance.Document("doc-7", 3, 40, "a sentence of my own"), Method.extracted("rule"),
                0.7, ReviewState.PROPOSED, T);
    }

    private static JsonNode parse(String json) throws Exception { return ClaimJson.MAPPER.readTree(json); }

    @Test
    void everyClaimTypeSurvivesARoundTrip() throws Exception {
        List<ClaimBody> bodies = List.of(
                new Membership("UZB", "CSTO", MembershipStatus.MEMBER, null, PartialDate.parse("2012"), null),
                new Event(EventKind.INTERVENTION, List.of("CSTO", "KAZ"), "CSTO", "Kazakhstan",
                        DateRef.of(PartialDate.parse("2022-01")), "withdrawn"),
                new Trade(List.of("RUS", "members:CIS"), new BigDecimal("90000000000"), "USD",
                        Period.parse("2024-01/2024-10"), Qualifier.APPROX, null),
                new Investment("USA", "KAZ", new BigDecimal("62000000000"), "USD", Period.parse("1993/2023-09"), Qualifier.MORE_THAN),
                new Office("person:nikol-pashinyan", Role.HEAD_OF_GOVERNMENT, "ARM", null, null,
                        DateRef.documentDate(PartialDate.parse("2025-10-16")), false),
                new Poll("KAZ", "sympathise with Russia", new BigDecimal("13"), DateRef.of(PartialDate.parse("2022"))));
        for (ClaimBody b : bodies) {
            Claim c = extracted(b);
            String line = ClaimJson.write(ClaimJson.claim(c));
            assertThat(ClaimJson.readClaim(parse(line))).as(line).isEqualTo(c);
        }
    }

    @Test
    void writesTheExchangeFieldsOfSchemaMd() throws Exception {
        Claim c = extracted(new Membership("MDA", "CIS", MembershipStatus.SUSPENDED, PartialDate.parse("2022"), null, null));
        JsonNode n = ClaimJson.claim(c);
        assertThat(n.get("doc").asText()).isEqualTo("doc-7");
        assertThat(n.get("type").asText()).isEqualTo("membership");
        assertThat(n.get("status").asText()).isEqualTo("suspended");
        assertThat(n.get("from").asText()).isEqualTo("2022");
        assertThat(n.has("to")).isFalse();
        assertThat(n.get("quote").asText()).isEqualTo("a sentence of my own");
        assertThat(n.get("start").asInt()).isEqualTo(3);
    }

    @Test
    void largeAmountsAreWrittenAsPlainNumbers() {
        Claim c = extracted(new Trade(List.of("RUS", "BLR"), new BigDecimal("5E+10"), "USD", null, Qualifier.MORE_THAN, null));
        assertThat(ClaimJson.write(ClaimJson.claim(c))).contains("\"value\":50000000000");
    }

    @Test
    void theSameStatementFromTheSameSourceHasTheSameId() {
        ClaimBody b = new Membership("ARM", "CSTO", MembershipStatus.MEMBER, PartialDate.parse("1992-05-15"), null, null);
        Provenance p = new Provenance.Curated("Collective Security Treaty", "orgs/CSTO.yaml", null);
        assertThat(ClaimIds.of(b, p)).isEqualTo(ClaimIds.of(b, p));
        assertThat(ClaimIds.of(b, p)).isNotEqualTo(ClaimIds.of(b, new Provenance.Curated("another source", "orgs/CSTO.yaml", null)));
    }

    @Test
    void unknownWordsAreNamedInTheError() throws Exception {
        assertThatThrownBy(() -> ClaimJson.readBody(parse("{\"type\":\"membership\",\"subject\":\"A\",\"object\":\"B\",\"status\":\"friend\"}")))
                .hasMessageContaining("unknown status 'friend'");
        assertThatThrownBy(() -> ClaimJson.readBody(parse("{\"type\":\"office\",\"role\":\"head_of_state\",\"of\":\"KAZ\"}")))
                .hasMessageContaining("missing field 'person'");
        assertThatThrownBy(() -> ClaimJson.readBody(parse("{\"type\":\"rumour\"}")))
                .hasMessageContaining("unknown claim type 'rumour'");
    }
}
