package org.plandesk.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plandesk.shared.Text;

/**
 * Reads CSV text into rows of cells with Commons CSV; header names are trimmed, a BOM is dropped, and the mark that
 * keeps a text cell from being a formula ({@link CellText}) is removed.
 */
public final class CsvTables {
    private CsvTables() {}

    /** All records of a CSV text; each record a list of cells. Throws {@link IOException} on broken quoting. */
    public static List<List<String>> read(String text) throws IOException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(t))
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())
                .get()) {
            for (CSVRecord r : parser) {
                rows.add(r.stream().map(Text::clean).map(CellText::unprotect).toList());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** Header cells trimmed, BOM removed, trailing empty cells dropped. */
    public static List<String> clean(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            out.add(h.replace("\uFEFF", "").strip());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Cell {@code i} of a row, empty when the row is shorter. */
    public static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }
}
