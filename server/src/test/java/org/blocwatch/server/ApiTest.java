package org.blocwatch.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.model.ClaimJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over HTTP on an ephemeral port. */
class ApiTest {
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return ClaimJson.MAPPER.readTree(r.body());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    /** The fixture document's claim about this subject, which awaits review (each test decides a claim of its own). */
    private static String proposed(String subject) throws Exception {
        for (JsonNode c : json(t.get("api/v1/review?doc=" + t.payloadDoc)))
            if (c.get("claim_body").path("subject").asText().equals(subject)) return c.get("claim").asText();
        throw new AssertionError("no claim about " + subject + " awaits review");
    }

    @Test
    void membersFollowUzbekistanOutOfTheCstoAndBack() throws Exception {
        HttpResponse<String> r2005 = t.get("api/v1/members?org=OVKS&at=2005");
        HttpResponse<String> r2010 = t.get("api/v1/members?org=CSTO&at=2010-01-01");
        assertThat(r2005.statusCode()).isEqualTo(200);
        assertThat(ids(json(r2005))).contains("RUS", "KAZ").doesNotContain("UZB");
        assertThat(ids(json(r2010))).contains("RUS", "KAZ", "UZB");
        assertThat(r2010.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(json(r2010).size()));
        assertThat(json(r2010).get(0).get("sources").get(0).has("claim")).isTrue();
    }

    @Test
    void listsArePaginated() throws Exception {
        HttpResponse<String> all = t.get("api/v1/members?org=CSTO&at=2010");
        HttpResponse<String> page = t.get("api/v1/members?org=CSTO&at=2010&limit=2&offset=1");
        assertThat(json(page).size()).isEqualTo(2);
        assertThat(ids(json(page))).isEqualTo(ids(json(all)).subList(1, 3));
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(json(all).size()));
        assertThat(t.get("api/v1/members?org=CSTO&at=2010&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void statusResolvesNamesInAnyLanguage() throws Exception {
        JsonNode s = json(t.get("api/v1/status?subject=Kasachstan&org=%D0%9E%D0%94%D0%9A%D0%91&at=2010"));
        assertThat(s.get("id").asText()).isEqualTo("KAZ");
        assertThat(s.get("organisation").asText()).isEqualTo("CSTO");
        assertThat(s.get("status").asText()).isEqualTo("member");
    }

    @Test
    void entitiesAndTimeline() throws Exception {
        assertThat(ids(json(t.get("api/v1/entities?name=Kasachstan")))).containsExactly("KAZ");
        JsonNode timeline = json(t.get("api/v1/timeline/UZB"));
        assertThat(timeline.size()).isGreaterThan(2);
        assertThat(timeline.get(0).has("source")).isTrue();
    }

    @Test
    void mistakesAreOneLineOfJsonNamingWhatWasWrong() throws Exception {
        HttpResponse<String> badDate = t.get("api/v1/members?org=CSTO&at=20x0");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("error").asText()).contains("at").contains("20x0");
        HttpResponse<String> unknown = t.get("api/v1/members?org=Atlantis&at=2010");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).contains("Atlantis");
        HttpResponse<String> missing = t.get("api/v1/status?subject=KAZ&at=2010");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asText()).contains("org");
        HttpResponse<String> noPath = t.get("api/v1/nothing-here");
        assertThat(noPath.statusCode()).isEqualTo(404);
        assertThat(json(noPath).get("error").asText()).contains("/api/v1/nothing-here");
        assertThat(badDate.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void reviewNeedsAReviewerAndRecordsWho() throws Exception {
        String claim = proposed("KGZ");
        String body = "{\"claim\":\"" + claim + "\",\"decision\":\"reject\"}";
        assertThat(t.post("api/v1/review", body, null).statusCode()).isEqualTo(401);
        assertThat(t.post("api/v1/review", body, t.readerToken).statusCode()).isEqualTo(403);
        assertThat(t.post("api/v1/review", body, "bw_not-a-token").statusCode()).isEqualTo(401);
        HttpResponse<String> bad = t.post("api/v1/review", "{\"claim\":\"" + claim + "\",\"decision\":\"maybe\"}", t.reviewerToken);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).contains("maybe");
        HttpResponse<String> ok = t.post("api/v1/review", body, t.reviewerToken);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).get("review").asText()).isEqualTo("rejected");
        JsonNode history = json(t.get("api/v1/claims/" + claim)).get("review_history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("state").asText()).isEqualTo("rejected");
        assertThat(last.get("reviewer").asText()).isEqualTo(TestServer.REVIEWER);
        assertThat(t.get("claim/" + claim).body()).contains(TestServer.REVIEWER);
    }

    @Test
    void anEditRecordsANewAcceptedClaimAndRetractsTheOld() throws Exception {
        String old = proposed("TJK");
        HttpResponse<String> r = t.post("api/v1/review",
                "{\"claim\":\"" + old + "\",\"decision\":\"edit\",\"field\":\"from\",\"value\":\"1993\"}", t.reviewerToken);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode edited = json(r);
        assertThat(edited.get("claim_body").get("from").asText()).isEqualTo("1993");
        assertThat(edited.get("review").asText()).isEqualTo("accepted");
        JsonNode before = json(t.get("api/v1/claims/" + old));
        assertThat(before.hasNonNull("retracted_at")).isTrue();
        JsonNode history = before.get("review_history");
        assertThat(history.get(history.size() - 1).get("reviewer").asText()).isEqualTo(TestServer.REVIEWER);
    }

    @Test
    void documentsListShowSearch() throws Exception {
        assertThat(json(t.get("api/v1/documents")).findValuesAsText("doc")).contains(t.payloadDoc);
        JsonNode doc = json(t.get("api/v1/documents/" + t.payloadDoc));
        assertThat(doc.get("text").asText()).contains("Uzbekistan rejoined");
        assertThat(doc.get("claims").size()).isGreaterThan(0);
        assertThat(json(t.get("api/v1/search?q=rejoined")).findValuesAsText("doc")).contains(t.payloadDoc);
        assertThat(t.get("api/v1/documents/no-such-doc").statusCode()).isEqualTo(404);
    }

    @Test
    void conflictsCompareExportReport() throws Exception {
        assertThat(json(t.get("api/v1/conflicts?about=UZB")).isArray()).isTrue();
        JsonNode cmp = json(t.get("api/v1/compare?org=CSTO&org=NATO"));
        assertThat(cmp.get("organisations").findValuesAsText("id")).containsExactly("CSTO", "NATO");
        HttpResponse<String> csv = t.get("api/v1/export?format=csv&org=CSTO");
        assertThat(csv.body()).startsWith("ioname,ccode,state,year,status");
        assertThat(t.get("api/v1/export?format=xml").statusCode()).isEqualTo(400);
        HttpResponse<String> report = t.get("api/v1/report/CSTO");
        assertThat(report.headers().firstValue("Content-Disposition").orElse("")).contains("CSTO-report.html");
        assertThat(report.body()).contains("<svg");
    }

    @Test
    void openApiDescribesEveryPath() throws Exception {
        JsonNode paths = json(t.get("api/openapi.json")).get("paths");
        assertThat(paths.fieldNames()).toIterable().containsAll(List.of("/api/v1/entities", "/api/v1/entities/{id}",
                "/api/v1/members", "/api/v1/status", "/api/v1/timeline/{id}", "/api/v1/claims", "/api/v1/claims/{id}",
                "/api/v1/conflicts", "/api/v1/compare", "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/search",
                "/api/v1/review", "/api/v1/export", "/api/v1/report/{id}"));
        assertThat(paths.get("/api/v1/documents").has("post")).isTrue();
        assertThat(paths.get("/api/v1/review").has("post")).isTrue();
        assertThat(t.get("api/docs").body()).contains("/webjars/swagger-ui/");
        assertThat(t.get("webjars/swagger-ui/" + SwaggerUi.VERSION + "/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("search", "api/v1/members?org=CSTO&at=2010", "org/CSTO")) {
            var h = t.get(path).headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(h.firstValue("Referrer-Policy")).isPresent();
        }
    }
}
