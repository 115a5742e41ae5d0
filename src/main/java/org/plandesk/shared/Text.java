package org.plandesk.shared;

import java.text.Normalizer;

/** Text normalisation shared by every reader: what planners type and what files hold, compared alike. */
public final class Text {
    private Text() {}

    /**
     * NFKC (full-width digits, letters and brackets become their ASCII forms), wave dashes as {@code ~}, and every
     * kind of white space removed: {@code " ≥ ９５ ％"} becomes {@code "≥95%"}.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        n = n.replace('～', '~').replace('〜', '~');
        return n.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
