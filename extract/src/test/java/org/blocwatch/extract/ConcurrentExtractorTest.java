package org.blocwatch.extract;

import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentExtractorTest {

    private static final List<String> TEXTS = List.of(
            "Im Jahr 2012 ist Usbekistan aus der OVKS ausgetreten.",
            "Armenien trat 1993 der GUS bei.",
            "Über Getreide und Zölle wurde lange gesprochen.");

    private static List<String> bodies(ConcurrentExtractor extractor, String text) {
        SourceDocument doc = TestEntities.document(text, "de", "2024-05-01");
        return extractor.extract(doc, DocumentWindows.Progress.NONE).claims().stream()
                .map(c -> ClaimJson.write(ClaimJson.body(c.body()))).toList();
    }

    @Test
    void threadsAtOnceGetWhatOneThreadGets() throws Exception {
        ConcurrentExtractor extractor = new ConcurrentExtractor(new Lexicon(TestEntities.all()), TestEntities.officeHolders());
        List<List<String>> alone = TEXTS.stream().map(t -> bodies(extractor, t)).toList();
        assertThat(alone.get(0)).isNotEmpty();
        assertThat(alone.get(2)).isEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 60)
                    .mapToObj(i -> pool.submit(() -> bodies(extractor, TEXTS.get(i % TEXTS.size())))).toList();
            for (int i = 0; i < runs.size(); i++) assertThat(runs.get(i).get()).isEqualTo(alone.get(i % TEXTS.size()));
        } finally {
            pool.shutdownNow();
        }
    }
}
