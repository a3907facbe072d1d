package org.blocwatch.server;

import org.HdrHistogram.Histogram;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Load on a running server over loopback: N clients, each sending one request after another
 * (members, status, entity page, search in turn, random organisations and dates) for a bounded
 * time after a warm-up. Reports p50/p99 per kind of request and every answer that was not 200.
 */
public final class ServerBenchmark {
    private static final String[] ORGS = {"CSTO", "CIS", "EAEU", "SCO", "NATO", "EU", "GUAM", "BRICS"};
    private static final String[] STATES = {"KAZ", "RUS", "ARM", "UZB", "BLR", "KGZ", "TJK", "AZE", "GEO", "UKR", "MDA", "TKM"};
    private static final String[] NAMES = {"Kasachstan", "OVKS", "ОДКБ", "Armenia", "Weißrussland", "Tokayev"};

    private final URI base;
    private final int clients;
    private final Duration duration;

    public ServerBenchmark(URI base, int clients, Duration duration) {
        this.base = base;
        this.clients = clients;
        this.duration = duration;
    }

    /** The requests, by name: each makes a path from a random source. */
    private static Map<String, Function<Random, String>> requests() {
        Map<String, Function<Random, String>> m = new LinkedHashMap<>();
        m.put("members", r -> "/api/v1/members?org=" + pick(r, ORGS) + "&at=" + (1992 + r.nextInt(34)));
        m.put("status", r -> "/api/v1/status?subject=" + pick(r, STATES) + "&org=" + pick(r, ORGS) + "&at=" + (1992 + r.nextInt(34)));
        m.put("entity page", r -> "/entity/" + pick(r, STATES));
        m.put("search", r -> "/search?q=" + java.net.URLEncoder.encode(pick(r, NAMES), java.nio.charset.StandardCharsets.UTF_8));
        return m;
    }

    private static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }

    public void run(PrintWriter out) throws InterruptedException {
        Map<String, Function<Random, String>> requests = requests();
        List<String> names = new ArrayList<>(requests.keySet());
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        names.forEach(n -> histograms.put(n, new Histogram(TimeUnit.SECONDS.toNanos(30), 3)));
        AtomicLong errors = new AtomicLong(), total = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        // warm-up: the JIT and the server's caches, untimed
        drive(requests, names, clients, Duration.ofSeconds(5), null, errors, total, firstErrors);
        errors.set(0);
        total.set(0);
        firstErrors.clear();
        long start = System.nanoTime();
        drive(requests, names, clients, duration, histograms, errors, total, firstErrors);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%d clients, %.1f s, %d requests (%.0f/s), %d errors%n", clients, seconds, total.get(), total.get() / seconds, errors.get());
        histograms.forEach((name, h) -> out.printf(Locale.ROOT, "  %-12s n=%-7d p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", name,
                h.getTotalCount(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6));
        firstErrors.stream().limit(5).forEach(e -> out.println("  error: " + e));
        out.flush();
    }

    private void drive(Map<String, Function<Random, String>> requests, List<String> names, int n, Duration d,
                       Map<String, Histogram> histograms, AtomicLong errors, AtomicLong total, List<String> firstErrors)
            throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        for (int c = 0; c < n; c++) {
            int client = c;
            pool.submit(() -> {
                // a client of its own each, as N separate users would be: one shared HttpClient funnels
                // every connection through its single selector thread and measures that instead of the server
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).executor(Runnable::run).build();
                Random random = new Random(client);
                int i = client;
                while (System.nanoTime() < end) {
                    String name = names.get(i++ % names.size());
                    String path = requests.get(name).apply(random);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        total.incrementAndGet();
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) firstErrors.add(r.statusCode() + " " + path);
                        } else if (histograms != null) {
                            Histogram h = histograms.get(name);
                            synchronized (h) { h.recordValue(Math.min(t, h.getHighestTrackableValue())); }
                        }
                    } catch (Exception e) {
                        total.incrementAndGet();
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) firstErrors.add(e + " " + path);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(d.toSeconds() + 60, TimeUnit.SECONDS);
    }
}
