package org.plandesk.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalisation shared by every reader: what planners type and what files hold, compared alike. */
public final class Text {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Text() {}

    /**
     * NFKC (full-width digits, letters and brackets become their ASCII forms), wave dashes as {@code ~}, and every
     * kind of white space removed: {@code " ≥ ９５ ％"} becomes {@code "≥95%"}.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        n = n.replace('～', '~').replace('〜', '~');
        return SPACES.matcher(n).replaceAll("");
    }

    /**
     * Text as PlanDesk stores it: control characters (NUL, escape sequences …) and the invisible characters that
     * reverse or embed writing direction (U+202A–U+202E, U+2066–U+2069) removed; tabs and line breaks kept.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069);
            if (drop && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** Text for one line of a terminal: {@link #clean}ed, and tabs and line breaks as spaces. */
    public static String printable(String text) {
        return text == null ? "" : clean(text).replaceAll("[\\t\\r\\n]+", " ");
    }
}
