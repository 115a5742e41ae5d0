package org.plandesk.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes table text as planners' files come: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of
 * GBK, what Excel and WPS save in China).
 */
public final class TextDecoding {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    /** Decoded text and the charset it was read as; {@code mixed} when part is UTF-8 and part is not. */
    public record Decoded(String text, Charset charset, boolean mixed) {
        Decoded(String text, Charset charset) {
            this(text, charset, false);
        }
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, GB18030), GB18030, utf8ChineseLines(bytes) >= 1);
        }
    }

    /**
     * Lines that are UTF-8 with Chinese in them (at least three multi-byte characters). A file that has such lines and
     * still fails as UTF-8 as a whole mixes encodings (e.g. rows pasted from two sources); a GBK line practically never
     * passes as UTF-8 with three multi-byte characters.
     */
    static int utf8ChineseLines(byte[] b) {
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == '\n') {
                if (utf8Line(b, start, i)) {
                    lines++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean utf8Line(byte[] b, int from, int to) {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
            return s.codePoints().filter(c -> c >= 0x2E80).count() >= 3;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
