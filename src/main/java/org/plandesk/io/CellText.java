package org.plandesk.io;

import org.plandesk.shared.Numbers;

/**
 * Text cells that a spreadsheet would evaluate — beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, numbers excepted — get a leading {@code '} in every CSV and in text for the clipboard, so Excel,
 * WPS and LibreOffice show the text instead of running it (OWASP's CSV-injection guidance). Reading removes exactly
 * that prefix, so what is written and read back is the same text; a text that itself begins with such a {@code '}
 * gets one more.
 */
public final class CellText {
    private CellText() {}

    /** The cell as it is written out. */
    public static String protect(String cell) {
        return cell != null && needsMark(cell) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #protect}. */
    public static String unprotect(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsMark(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    private static boolean needsMark(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        if (c == '\'') {
            return needsMark(cell.substring(1));
        }
        if ("=+-@\t\r".indexOf(c) < 0) {
            return false;
        }
        return Numbers.parse(cell) == null;
    }
}
