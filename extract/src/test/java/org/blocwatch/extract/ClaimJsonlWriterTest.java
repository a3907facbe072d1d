package org.blocwatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.blocwatch.extract.entity.Lexicon;
import org.blocwatch.model.Claim;
import org.blocwatch.model.ClaimJson;
import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimJsonlWriterTest {

    /** "Aser-\nbaidschan" joined by normalisation: the quote must still come verbatim from the original. */
    private static SourceDocument hyphenated() {
        String original = "Vorspann.\n2011 ist Aser-\nbaidschan der GUS beigetreten.";
        String text = "Vorspann. 2011 ist Aserbaidschan der GUS beigetreten.";
        int[] map = new int[text.length() + 1];
        int o = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (original.charAt(o) != c && !(c == ' ' && Character.isWhitespace(original.charAt(o)))) o++;
            map[i] = o++;
        }
        map[text.length()] = original.length();
        return new SourceDocument("bericht-3", null, "de", null, new NormalisedText(original, text, map));
    }

    @Test
    void writesTheExchangeFormatWithTheOriginalQuoteAndItsOffsets() throws Exception {
        SourceDocument doc = hyphenated();
        List<Claim> claims = new Extractor(new Lexicon(TestEntities.all()), TestEntities.officeHolders(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).extract(doc);
        StringWriter out = new StringWriter();
        new ClaimJsonlWriter(out).writeAll(claims);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode n = ClaimJson.MAPPER.readTree(lines.get(0));
        assertThat(n.path("doc").asText()).isEqualTo("bericht-3");
        assertThat(n.path("type").asText()).isEqualTo("membership");
        assertThat(n.path("subject").asText()).isEqualTo("AZE");
        assertThat(n.path("from").asText()).isEqualTo("2011");
        assertThat(n.path("quote").asText()).isEqualTo("2011 ist Aser-\nbaidschan der GUS beigetreten.");
        String original = doc.text().original();
        assertThat(original.substring(n.path("start").asInt(), n.path("end").asInt())).isEqualTo(n.path("quote").asText());
        assertThat(n.path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.path("method").asText()).isEqualTo("extracted:accession");
        assertThat(n.path("review").asText()).isEqualTo("proposed");
    }
}
