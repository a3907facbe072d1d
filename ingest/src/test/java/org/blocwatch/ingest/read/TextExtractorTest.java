package org.blocwatch.ingest.read;

import org.blocwatch.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void readsGeneratedPdfAndDocx() throws Exception {
        for (byte[] bytes : new byte[][]{Fixtures.paperPdf(), Fixtures.paperDocx()}) {
            Extraction e = extractor.extract("paper", bytes);
            assertThat(e.text()).contains("Ver-", "Steppenrats", "https://example.org/steppenrat");
        }
    }

    @Test
    void readsWebPagesWithTheirMetadata() throws Exception {
        Extraction e = extractor.extract("page.html", Fixtures.WEB_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(e.mediaType()).startsWith("text/html");
        assertThat(e.text()).contains("halbieren", "ersten Juli");
        assertThat(e.title()).isEqualTo("Zollunion senkt Abgaben auf Getreide | Steppenkurier");
        assertThat(e.date()).startsWith("2024-05-17");
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkInEitherByteOrder() throws Exception {
        String german = "Der Zollrat hat über Abgaben auf Getreide beraten; die Sätze bleiben bis zum Sommer gleich.\n";
        for (Charset charset : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertThat(extractor.extract("de.txt", german.getBytes(charset)).text()).as(charset.name()).contains("Abgaben auf Getreide");
            assertThat(extractor.extract("ru.txt", Fixtures.RUSSIAN_TEXT.getBytes(charset)).text()).as(charset.name())
                    .contains("Министры иностранных дел");
        }
        assertThat(CharsetGuesser.utf16WithoutBom(german.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(CharsetGuesser.utf16WithoutBom(Fixtures.paperPdf())).isNull();
    }

    @Test
    void detectsTheEncodingOfPlainText() throws Exception {
        for (String charset : new String[]{"windows-1251", "KOI8-R", "UTF-8"}) {
            byte[] bytes = Fixtures.RUSSIAN_TEXT.getBytes(Charset.forName(charset));
            assertThat(extractor.extract("ru.txt", bytes).text()).as(charset).contains("Министры иностранных дел");
        }
        String german = "Die Außenminister berieten über Zölle für Weizen, Gerste und Öl; schließlich einigten sie sich.";
        assertThat(extractor.extract("de.txt", german.getBytes(Charset.forName("windows-1252"))).text()).contains(german);
        byte[] utf16 = Fixtures.RUSSIAN_TEXT.getBytes(StandardCharsets.UTF_16); // with byte-order mark
        assertThat(extractor.extract("ru16.txt", utf16).text()).contains("переговоры");
    }

    @Test
    void badInputGetsAOneLineReasonNamingTheFile() throws Exception {
        byte[] pdf = Fixtures.paperPdf();
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThatThrownBy(() -> extractor.extract("leer.txt", new byte[0])).hasMessage("leer.txt: empty file");
        assertThatThrownBy(() -> extractor.extract("noise.bin", random))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("noise.bin: binary data");
        assertThatThrownBy(() -> extractor.extract("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3)))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("cut.pdf: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** A ".text" file goes through Tika's detection and parser, a ".txt" file is decoded directly. */
    @Test
    void textFilesReadDirectlyGiveWhatTikasParserGives() throws Exception {
        String german = "Der Zollrat tagte in Astana.\r\nÜber die Sätze für Öl wird im Mai entschieden.\r\n\r\nEnde.";
        byte[][] variants = {
                Fixtures.RUSSIAN_TEXT.getBytes(Charset.forName("windows-1251")),
                Fixtures.RUSSIAN_TEXT.getBytes(Charset.forName("KOI8-R")),
                ("\uFEFF" + Fixtures.RUSSIAN_TEXT).getBytes(StandardCharsets.UTF_8),
                german.getBytes(Charset.forName("windows-1252")),
                german.getBytes(StandardCharsets.UTF_8)};
        for (byte[] bytes : variants) {
            Extraction direct = extractor.extract("note.txt", bytes), parsed = extractor.extract("note.text", bytes);
            assertThat(direct.text()).isEqualTo(parsed.text());
            assertThat(direct.mediaType()).isEqualTo(parsed.mediaType());
        }
    }

    @Test
    void markUpAndBinaryFilesNamedTxtStillGoThroughDetection() throws Exception {
        Extraction page = extractor.extract("page.txt", Fixtures.WEB_PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(page.mediaType()).startsWith("text/html");
        assertThat(page.text()).doesNotContain("<title>");
        assertThat(extractor.extract("paper.txt", Fixtures.paperPdf()).mediaType()).startsWith("application/pdf");
        byte[] random = new byte[4096];
        new Random(3).nextBytes(random);
        assertThatThrownBy(() -> extractor.extract("noise.txt", random)).hasMessageStartingWith("noise.txt: binary data");
    }
}
