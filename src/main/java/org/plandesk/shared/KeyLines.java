package org.plandesk.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remembers keys and the line each was first seen on, in flat arrays: a few bytes per key, where a map of strings
 * takes a hundred, so that checking 800,000 rows of a file for repeats costs megabytes, not hundreds of them. A key is
 * kept as two independent 64-bit hashes (either a string's, or a number as it is); two different keys are taken for
 * the same only when both hashes agree, about once in 10^26 pairs.
 */
public final class KeyLines {
    private long[] first = new long[1024];
    private long[] second = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    public KeyLines() {
        Arrays.fill(lines, -1);
    }

    /** Records the line of a text key; returns the line it was first seen on, or -1 when it is new. */
    public int putIfAbsent(String key, int line) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return putIfAbsent(
                hash(b, 0xCBF29CE484222325L, 0x100000001B3L), hash(b, 0x84222325CBF29CE4L, 0xBF58476D1CE4E5B9L), line);
    }

    /** Records the line of a numeric key; returns the line it was first seen on, or -1 when it is new. */
    public int putIfAbsent(long key, int line) {
        return putIfAbsent(key, ~key, line);
    }

    public int size() {
        return size;
    }

    private int putIfAbsent(long a, long b, int line) {
        if (size * 2 >= lines.length) {
            grow();
        }
        int mask = lines.length - 1;
        for (int i = slot(a, mask); ; i = (i + 1) & mask) {
            if (lines[i] < 0) {
                first[i] = a;
                second[i] = b;
                lines[i] = line;
                size++;
                return -1;
            }
            if (first[i] == a && second[i] == b) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldLines = lines;
        first = new long[oldLines.length * 2];
        second = new long[oldLines.length * 2];
        lines = new int[oldLines.length * 2];
        Arrays.fill(lines, -1);
        size = 0;
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] >= 0) {
                putIfAbsent(oldFirst[i], oldSecond[i], oldLines[i]);
            }
        }
    }

    private static int slot(long a, int mask) {
        long h = a * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** A 64-bit FNV-1a style hash with its own seed and multiplier, finished with a murmur mix. */
    private static long hash(byte[] b, long seed, long multiplier) {
        long h = seed;
        for (byte x : b) {
            h ^= x & 0xff;
            h *= multiplier;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93F0553F12L;
        return h ^ (h >>> 33);
    }
}
