package org.blocwatch.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Escaping of document text, upload limits, paths that stay in their folder, CSRF on forms. */
class SecurityTest {
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
    }

    @Test
    void documentTextWithScriptAndAttributePayloadsIsEscaped() throws Exception {
        String page = t.get("doc/" + t.payloadDoc).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;boom&#39;)&lt;/script&gt;");
        assertThat(page).contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("\"onmouseover=\"");
        // the page's only script is the jar's own file
        assertThat(page.split("<script", -1)).hasSize(2);
        assertThat(page).contains("<script src=\"/assets/workbench.js\" defer></script>");
        String search = t.get("search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertThat(search).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void uploadsHaveTypeAndSizeLimitsAndKeepToTheirFolder() {
        Uploads uploads = new Uploads(t.server.knowledgeBase(), 100);
        List<Uploads.Outcome> out = uploads.ingest(List.of(
                new Uploads.Upload("notes.exe", "MZ".getBytes(StandardCharsets.UTF_8)),
                new Uploads.Upload("big.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8)),
                new Uploads.Upload("empty.txt", new byte[0])));
        assertThat(out).extracting(Uploads.Outcome::status).containsOnly("failed");
        assertThat(out.get(0).message()).isEqualTo("notes.exe: type 'exe' is not accepted (docx, htm, html, md, odt, pdf, rtf, txt)");
        assertThat(out.get(1).message()).startsWith("big.txt: too large (101 bytes");
        assertThat(Uploads.safeName("../../etc/passwd.txt", 0)).isEqualTo("passwd.txt");
        assertThat(Uploads.safeName("..\\..\\boot.ini.txt", 0)).isEqualTo("boot-ini.txt");
        assertThat(Uploads.safeName("../..", 3)).isEqualTo("upload-3");
    }

    @Test
    void twoFilesOfOneNameAreBothStored() {
        Uploads uploads = new Uploads(t.server.knowledgeBase(), ServerSettings.DEFAULT_MAX_UPLOAD);
        List<Uploads.Outcome> out = uploads.ingest(List.of(
                new Uploads.Upload("notes.txt", "Minutes of the first invented meeting about a customs union.".getBytes(StandardCharsets.UTF_8)),
                new Uploads.Upload("notes.txt", "Minutes of the second invented meeting about a railway line.".getBytes(StandardCharsets.UTF_8))));
        assertThat(out).extracting(Uploads.Outcome::status).containsExactly("stored", "stored");
        assertThat(out.get(0).document()).isNotEqualTo(out.get(1).document());
    }

    @Test
    void pathParametersDoNotLeaveTheirFolder() throws Exception {
        for (String path : List.of("assets/..%2f..%2fopenapi.json", "assets/%2e%2e/%2e%2e/openapi.json", "doc/..%2F..%2Fetc%2Fpasswd",
                "webjars/..%2f..%2fMETA-INF%2fMANIFEST.MF")) {
            HttpResponse<String> r = t.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).doesNotContain("Manifest-Version").doesNotContain("root:");
        }
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpRequest login = HttpRequest.newBuilder(t.base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=rita&password=" + TestServer.PASSWORD.replace(" ", "+"))).build();
        HttpResponse<String> r = t.http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("security token");
    }

    @Test
    void signInCanBeRequiredForReading() throws Exception {
        var kb = t.server.knowledgeBase();
        // a second server over the same knowledge base, which stays open for the other tests: only its HTTP side stops
        BlocwatchServer closed = new BlocwatchServer(kb, ServerSettings.defaults(0).withReadNeedsSignIn(true)).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + closed.port() + "/");
            HttpResponse<String> anon = t.http.send(HttpRequest.newBuilder(base.resolve("api/v1/members?org=CSTO&at=2010")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anon.statusCode()).isEqualTo(401);
            HttpResponse<String> page = t.http.send(HttpRequest.newBuilder(base.resolve("org/CSTO")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login");
            HttpResponse<String> withToken = t.http.send(HttpRequest.newBuilder(base.resolve("api/v1/members?org=CSTO&at=2010"))
                    .header("Authorization", "Bearer " + t.readerToken).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).isEqualTo(200);
        } finally {
            closed.stop();
        }
    }
}
