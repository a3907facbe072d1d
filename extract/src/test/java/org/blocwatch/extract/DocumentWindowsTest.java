package org.blocwatch.extract;

import org.blocwatch.model.NormalisedText;
import org.blocwatch.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentWindowsTest {

    private static final String PARAGRAPH = "Der Rat der Minister tagte in einer erfundenen Stadt.\n\n";

    @Test
    void aShortDocumentIsOneWindowAndTheDocumentItself() {
        SourceDocument doc = TestEntities.document(PARAGRAPH.repeat(3), "de", null);
        List<DocumentWindows.Window> windows = new DocumentWindows(1_000).split(doc.text().text());
        assertThat(windows).containsExactly(new DocumentWindows.Window(0, doc.text().text().length()));
        assertThat(DocumentWindows.of(doc, windows.get(0))).isSameAs(doc);
    }

    @Test
    void windowsCoverTheTextAndEndAfterAParagraphThatEndsASentence() {
        String text = PARAGRAPH.repeat(100) + "Ein Absatz ohne Punkt\n\nund seine Fortsetzung.";
        List<DocumentWindows.Window> windows = new DocumentWindows(500).split(text);
        assertThat(windows).hasSizeGreaterThan(10);
        int at = 0;
        for (DocumentWindows.Window w : windows) {
            assertThat(w.start()).isEqualTo(at);
            assertThat(w.end() - w.start()).isLessThanOrEqualTo(500);
            assertThat(text.substring(w.start(), w.end())).satisfiesAnyOf(
                    s -> assertThat(s).endsWith(".\n\n"), s -> assertThat(s).endsWith("Fortsetzung."));
            at = w.end();
        }
        assertThat(at).isEqualTo(text.length());
    }

    @Test
    void aParagraphLongerThanAWindowIsCutAtASpace() {
        String text = "wort ".repeat(400);
        List<DocumentWindows.Window> windows = new DocumentWindows(300).split(text);
        for (DocumentWindows.Window w : windows) if (w.end() < text.length()) assertThat(text.charAt(w.end() - 1)).isEqualTo(' ');
        assertThat(windows.get(windows.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void aWindowQuotesTheWholeDocumentsOriginal() {
        String original = PARAGRAPH.repeat(20);
        SourceDocument doc = new SourceDocument("lang", null, "de", null, NormalisedText.identity(original));
        List<DocumentWindows.Window> windows = new DocumentWindows(200).split(original);
        DocumentWindows.Window second = windows.get(1);
        SourceDocument window = DocumentWindows.of(doc, second);
        assertThat(window.id()).isEqualTo("lang");
        int[] span = window.text().originalSpan(0, PARAGRAPH.strip().length());
        assertThat(span[0]).isEqualTo(second.start());
        assertThat(original.substring(span[0], span[1])).isEqualTo(PARAGRAPH.strip());
    }
}
