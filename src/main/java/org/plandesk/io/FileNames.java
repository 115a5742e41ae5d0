package org.plandesk.io;

import java.util.Locale;
import java.util.Set;
import org.plandesk.shared.Text;

/**
 * The one file-name sanitiser: every file name PlanDesk makes from a user's text (a plan's name, an indicator, a
 * deck's title) goes through it. Safe on Windows, Linux and macOS, Chinese kept: no path separators or reserved
 * characters, no control or direction-override characters, no hidden names ({@code .x}, {@code .}, {@code ..}), no
 * trailing dot or space, no reserved Windows device names, at most 80 characters.
 */
public final class FileNames {
    private static final Set<String> RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX = 80;

    private FileNames() {}

    /** A file name (without extension) from any text; {@code fallback} when nothing usable is left. */
    public static String name(String text, String fallback) {
        String n = Text.clean(text == null ? "" : text)
                .replaceAll("[\\\\/:*?\"<>|\\s]+", "_")
                .replaceAll("^[._]+", "")
                .replaceAll("[._ ]+$", "");
        if (n.length() > MAX) {
            n = n.substring(0, MAX);
        }
        if (n.isEmpty()) {
            return fallback;
        }
        String upper = n.toUpperCase(Locale.ROOT);
        int dot = upper.indexOf('.');
        return RESERVED.contains(dot < 0 ? upper : upper.substring(0, dot)) ? n + "_" : n;
    }

    /** A chart's file name from an indicator's code and name: {@code 17_初中小学校际…}. */
    public static String stem(String code, String name) {
        String n = name(name, "图表");
        if (n.length() > 60) {
            n = n.substring(0, 60);
        }
        String c = code == null ? "" : code.replaceAll("[^0-9A-Za-z.\\-]", "").replaceAll("^[.]+", "");
        return c.isEmpty() ? n : c + "_" + n;
    }
}
