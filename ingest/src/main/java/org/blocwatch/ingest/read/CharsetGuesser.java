package org.blocwatch.ingest.read;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of a plain-text file. Byte-order marks and valid UTF-8 decide first. Text in
 * a Cyrillic single-byte encoding is recognised by its runs of high bytes (Cyrillic words are all
 * high bytes, while the umlauts of Windows-1252 German stand alone among ASCII letters), and the
 * Cyrillic encoding that yields mostly lower-case letters wins: decoding KOI8-R as Windows-1251
 * (or the reverse) gives a text of capitals, which real prose is not. Everything else goes to
 * Tika's ICU-based detector. Tika's own guess alone often mistakes short Windows-1251 text for
 * Mac Cyrillic.
 */
final class CharsetGuesser implements EncodingDetector {

    private static final int SAMPLE = 64 * 1024;
    private static final String[] CYRILLIC = {"windows-1251", "KOI8-R", "IBM866", "x-MacCyrillic"};

    private final EncodingDetector fallback = new Icu4jEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) return null;
        input.mark(SAMPLE);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        Charset bom = byBom(sample);
        if (bom != null) return bom;
        if (isUtf8(sample)) return StandardCharsets.UTF_8;
        if (isCyrillicShaped(sample)) return bestCyrillic(sample);
        return fallback.detect(input, metadata);
    }

    /**
     * UTF-16 without a byte-order mark, told by its shape: in text of the Latin, Greek or Cyrillic
     * scripts every other byte is the high byte of a code point below U+2000 (0x00 for ASCII,
     * 0x04 for Cyrillic), which no 8-bit encoding of prose produces. Null if the bytes are not so.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 8 || byBom(bytes) != null) return null;
        int lowEven = 0, lowOdd = 0, zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            int even = bytes[i] & 0xFF, odd = bytes[i + 1] & 0xFF;
            if (even < 0x20) lowEven++;
            if (odd < 0x20) lowOdd++;
            if (even == 0) zeroEven++;
            if (odd == 0) zeroOdd++;
        }
        int pairs = n / 2;
        Charset guess = null;
        if (lowEven >= pairs * 0.9 && zeroOdd == 0 && lowOdd < pairs * 0.5) guess = StandardCharsets.UTF_16BE;
        if (lowOdd >= pairs * 0.9 && zeroEven == 0 && lowEven < pairs * 0.5) guess = StandardCharsets.UTF_16LE;
        if (guess == null) return null;
        try {
            guess.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n));
            return guess;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static boolean isUtf8(byte[] sample) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(trimPartial(sample)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A sample may cut a multi-byte character in two; that is not an error. */
    private static byte[] trimPartial(byte[] sample) {
        int end = sample.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = sample[end - back] & 0xFF;
            if (b < 0x80) break;
            if (b >= 0xC0) return java.util.Arrays.copyOf(sample, end - back);
        }
        return sample;
    }

    private static boolean isCyrillicShaped(byte[] sample) {
        int high = 0, inRuns = 0;
        for (int i = 0; i < sample.length; i++) {
            if ((sample[i] & 0x80) == 0) continue;
            high++;
            boolean left = i > 0 && (sample[i - 1] & 0x80) != 0;
            boolean right = i + 1 < sample.length && (sample[i + 1] & 0x80) != 0;
            if (left || right) inRuns++;
        }
        return high >= 8 && inRuns >= high * 0.6;
    }

    private static Charset bestCyrillic(byte[] sample) {
        Charset best = Charset.forName(CYRILLIC[0]);
        long bestScore = -1;
        for (String name : CYRILLIC) {
            if (!Charset.isSupported(name)) continue;
            Charset charset = Charset.forName(name);
            String text = new String(sample, charset);
            long score = text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                    && Character.isLowerCase(c)).count();
            if (score > bestScore) {
                best = charset;
                bestScore = score;
            }
        }
        return best;
    }
}
