package org.plandesk.io;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.shared.Text;

/**
 * The one reader and writer of tab-separated blocks — what Excel and WPS put on the clipboard and what planners paste
 * into PlanDesk. Lines end in CRLF, LF or CR; a cell that holds a line break, a tab or a quote comes in quotes with
 * inner quotes doubled ({@code "大班额比例(%)⏎其中:小学"}); one line break at the very end is not an extra row.
 */
public final class TabText {
    private TabText() {}

    /**
     * The block's rows and cells, as written (cells are not trimmed; the mark that keeps a text from being a formula
     * is removed, see {@link CellText}). An empty text is one empty cell.
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = parseRaw(text);
        for (List<String> row : rows) {
            row.replaceAll(cell -> CellText.unprotect(Text.clean(cell)));
        }
        return rows;
    }

    private static List<List<String>> parseRaw(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int n = text.length();
        int i = 0;
        boolean atCellStart = true;
        while (i < n) {
            char ch = text.charAt(i);
            if (atCellStart && ch == '"' && closesQuote(text, i)) {
                // a quoted cell: up to the quote that is followed by a tab, a line end or the end
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                atCellStart = false;
                continue;
            }
            atCellStart = false;
            if (ch == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (ch == '\r' || ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atCellStart = true;
                i += ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                if (i == n) {
                    return rows;
                }
            } else {
                cell.append(ch);
                i++;
            }
        }
        row.add(cell.toString());
        rows.add(row);
        return rows;
    }

    /**
     * True when the quote at {@code start} opens a quoted cell: a matching closing quote comes before the cell ends.
     * A cell such as {@code "好学生"全面成长} that merely starts with a quote stays as written.
     */
    private static boolean closesQuote(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            if (text.charAt(i) != '"') {
                i++;
            } else if (i + 1 < n && text.charAt(i + 1) == '"') {
                i += 2; // a doubled quote inside the cell
            } else {
                return i + 1 == n || "\t\r\n".indexOf(text.charAt(i + 1)) >= 0;
            }
        }
        return false;
    }

    /**
     * Rows as tab-separated lines, each ended by a line break; cells with tabs, breaks or quotes are quoted, and text
     * cells that a spreadsheet would evaluate are marked ({@link CellText}).
     */
    public static String format(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    b.append('\t');
                }
                String v = row.get(c) == null ? "" : CellText.protect(row.get(c));
                if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.startsWith("\"")) {
                    b.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(v);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The widest row of a block. */
    public static int width(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
