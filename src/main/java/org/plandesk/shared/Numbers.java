package org.plandesk.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Number formatting shared by files and screens: no exponent, no trailing zeros, dot decimal. */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Numbers() {}

    public static String format(Double value) {
        if (value == null) {
            return "";
        }
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    /** Parses a plain decimal number (dot decimal, optional sign); null when it is not one. */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        return Double.valueOf(t);
    }
}
