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

    private TextDecoding() {
    }

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
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, GB18030), GB18030, utf8Sequences(bytes) >= 3);
        }
    }

    /**
     * Counts well-formed multi-byte UTF-8 sequences of CJK range (3 bytes, E3–E9 lead). GBK text has almost none; a
     * file that has several and still fails as UTF-8 mixes encodings (e.g. rows pasted from two sources).
     */
    static int utf8Sequences(byte[] b) {
        int n = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            int b0 = b[i] & 0xff;
            if (b0 >= 0xE3 && b0 <= 0xE9 && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                n++;
                i += 2;
            }
        }
        return n;
    }
}
