package org.blocwatch.ingest.read;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Tells a plain-text file from its name and its first bytes, and decodes it. Only a file named
 * {@code .txt} whose opening holds no control bytes and no mark-up qualifies: anything else
 * (HTML saved as text, a PDF renamed, a word-processor file) goes through Tika's detection.
 */
final class PlainText {

    private static final int SAMPLE = 8192;

    private PlainText() {}

    static boolean is(String name, byte[] bytes) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) return false;
        int n = Math.min(bytes.length, SAMPLE), first = -1;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
            if (first < 0 && b > ' ' && !(i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF))) first = b;
        }
        // mark-up and formats that are text inside: HTML or XML, RTF, PDF, PostScript
        return first != '<' && first != '{' && first != '%';
    }

    /**
     * The text in the given encoding, without a byte-order mark, ending in the line break Tika's
     * text parser adds (its one paragraph closes): stored documents read the same either way.
     */
    static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        return text.substring(start) + "\n";
    }
}
