package org.plandesk.io;

import java.io.IOException;
import java.io.Reader;
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
        stream(new StringReader(t), (row, line) -> rows.add(row));
        return rows;
    }

    /** What {@link #stream} hands each record to: its cells and its record number (1-based; the
     * header is record 1, and blank lines do not count). */
    @FunctionalInterface
    public interface RecordSink {
        void accept(List<String> row, int line);
    }

    /**
     * Reads CSV records one at a time, as {@link #read} does, without holding the file: what a file of any length
     * needs. A BOM at the start is the caller's to drop. Throws {@link IOException} on broken quoting.
     */
    public static void stream(Reader in, RecordSink sink) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(in)
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())
                .get()) {
            for (CSVRecord r : parser) {
                sink.accept(r.stream().map(Text::clean).map(CellText::unprotect).toList(), (int) r.getRecordNumber());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
