package org.blocwatch.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Test documents written for this project, built in the formats ingestion reads: an analysis
 * paper as PDF and DOCX with line-end hyphenation and footnotes, a web page with navigation and
 * an advertisement. All text here is invented.
 */
public final class Fixtures {
    private Fixtures() {}

    /** Lines of an analysis paper as a layout program would set them. */
    public static final List<String> PAPER_LINES = List.of(
            "ANALYSE",
            "DER RAT DER STEPPENSTAATEN: EIN BUND OHNE ZIEL?",
            "Anna Beispiel",
            "",
            "Oktober 2021",
            "",
            "Nach der Gründung des Steppenrats im Jahre 1997 haben die Mit-",
            "gliedsstaaten viele Ver-",
            "handlungen geführt, doch die SR-",
            "Mitgliedsstaaten einigten sich nie auf eine gemeinsame Verteidi-",
            "gung der Außengrenzen.1",
            "",
            "1 https://example.org/steppenrat/gruendung-1997.html",
            "",
            "Die Präsidenten trafen sich zuletzt in Tarasun, wo sie über Zölle sprachen.");

    public static byte[] paperPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(PDType1Font.HELVETICA, 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 720);
                for (String line : PAPER_LINES) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] paperDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : PAPER_LINES) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static final String WEB_PAGE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8">
            <title>Zollunion senkt Abgaben auf Getreide | Steppenkurier</title>
            <meta name="author" content="Karl Probe">
            <meta property="article:published_time" content="2024-05-17T08:30:00Z">
            </head><body>
            <nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
            <li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <article>
            <h1>Zollunion senkt Abgaben auf Getreide</h1>
            <p>Die Mitglieder der Zollunion haben sich am Freitag darauf geeinigt, die Abgaben auf Weizen und Gerste zu halbieren.</p>
            <div class="ad"><p>Anzeige</p><p>Jetzt im Webinar: Reich mit Rohstoffen!</p><p>Keine Kreditkarte nötig</p></div>
            <p>Die Regelung gilt ab dem ersten Juli und soll zunächst für zwei Jahre gelten.</p>
            </article>
            <footer><p>Impressum</p><p>Datenschutz</p></footer>
            </body></html>
            """;

    /** A short Russian news text; stored as Windows-1251 by the tests. */
    public static final String RUSSIAN_TEXT = """
            Совет степных государств собрался в Тарасуне
            
            Министры иностранных дел пяти государств встретились во вторник, чтобы обсудить общие пошлины на зерно и новые правила для перевозчиков. По словам участников, переговоры шли долго, но закончились соглашением о дальнейшей работе.
            """;
}
