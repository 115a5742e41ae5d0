package org.plandesk.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
     * A file's text to read as a stream, in the charset {@link #decode} would choose for its bytes: a BOM decides;
     * otherwise the file is read through once to see whether it is all UTF-8 (a few megabytes at a time), and is read
     * as GB18030 when it is not. The BOM is not part of the text.
     */
    public static Reader reader(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(3);
        }
        int skip = 0;
        Charset charset;
        if (start.length >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF) {
            skip = 3;
            charset = StandardCharsets.UTF_8;
        } else if (start.length >= 2 && (start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (start.length >= 2 && (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        }
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(skip);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 20);
        CharBuffer chars = CharBuffer.allocate(1 << 20);
        try (ReadableByteChannel ch = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = ch.read(bytes) < 0;
                bytes.flip();
                CoderResult r = decoder.decode(bytes, chars, end);
                if (r.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
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
