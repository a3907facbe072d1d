package org.blocwatch.server;

import org.blocwatch.store.TestStores;
import org.blocwatch.reference.CuratedData;
import org.blocwatch.reference.CuratedSync;
import org.blocwatch.store.JdbcKnowledgeStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One server per store (SQLite, PostgreSQL) for all tests of this module, on an ephemeral port
 * over a fresh KB with the curated data, two accounts (reviewer rita, reader rob, each with a token) and one uploaded
 * document of our own whose text carries script and attribute payloads.
 */
final class TestServer {
    static final String REVIEWER = "rita", READER = "rob", PASSWORD = "correct horse 42";
    static final String PAYLOAD_DOC_NAME = "tashkent-rejoins.txt";
    static final String PAYLOAD_TEXT = """
            Tashkent rejoins the alliance <script>alert('boom')</script>

            Uzbekistan rejoined the CSTO in 2006, the foreign ministry said on Monday. A banner read "><img src=x onerror=alert(2)> and "onmouseover="alert(1)".

            Kazakhstan has been a member of the Eurasian Economic Union since 2015.

            Kyrgyzstan has been a member of the Eurasian Economic Union since 2015.

            Tajikistan has been a member of the Collective Security Treaty Organization since 1994.
            """;

    private static final Map<TestStores, TestServer> INSTANCES = new EnumMap<>(TestStores.class);

    final BlocwatchServer server;
    final URI base;
    final String reviewerToken, readerToken, payloadDoc;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(TestStores kind) throws Exception {
        Path dir = Files.createTempDirectory("web-test-");
        try (JdbcKnowledgeStore store = kind.open(dir)) {
            CuratedSync.apply(store, CuratedData.load(), Instant.now());
        }
        server = BlocwatchServer.open(() -> kind.open(dir), dir.resolve("kb.index"), ServerSettings.defaults(0)).start();
        base = URI.create("http://127.0.0.1:" + server.port() + "/");
        KnowledgeBase kb = server.knowledgeBase();
        String[] tokens = kb.write(store -> {
            Accounts.put(store, REVIEWER, Role.REVIEWER, PASSWORD.toCharArray());
            Accounts.put(store, READER, Role.READER, PASSWORD.toCharArray());
            return new String[]{Accounts.newToken(store, REVIEWER), Accounts.newToken(store, READER)};
        });
        reviewerToken = tokens[0];
        readerToken = tokens[1];
        List<Uploads.Outcome> outcomes = new Uploads(kb, ServerSettings.DEFAULT_MAX_UPLOAD)
                .ingest(List.of(new Uploads.Upload(PAYLOAD_DOC_NAME, PAYLOAD_TEXT.getBytes(StandardCharsets.UTF_8))));
        if (!outcomes.get(0).status().equals("stored")) throw new IllegalStateException("fixture not stored: " + outcomes);
        payloadDoc = outcomes.get(0).document();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** The server over SQLite, the embedded default. */
    static TestServer get() throws Exception { return get(TestStores.SQLITE); }

    static synchronized TestServer get(TestStores kind) throws Exception {
        TestServer server = INSTANCES.get(kind);
        if (server == null) INSTANCES.put(kind, server = new TestServer(kind));
        return server;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
