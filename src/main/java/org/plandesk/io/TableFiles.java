package org.plandesk.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * Reads a table file of any kind planners have — CSV, TSV or text (UTF-8 with or without BOM, UTF-16 with BOM,
 * GB18030/GBK), XLSX or XLS — recognised by its content, not its name. Bad files are refused with a message.
 */
public final class TableFiles {
    /** Largest file read: 200 MB. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    /** Longest cell accepted. */
    public static final int MAX_CELL = 10_000;
    /** Most rows of a wide or school table (a table is at most a few thousand rows long). */
    public static final int MAX_ROWS = 50_000;
    /** Most columns of a table. */
    public static final int MAX_COLUMNS = 500;

    private TableFiles() {}

    public static RawTable read(Path file, String sheet) throws InputRejectedException {
        return read(bytes(file), file.getFileName().toString(), sheet);
    }

    /** A table file's bytes, refused before reading when it is over {@link #MAX_BYTES}: the one way to read one. */
    public static byte[] bytes(Path file) throws InputRejectedException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InputRejectedException.of(
                        Problem.of("table.tooLarge", file.getFileName().toString()));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("import.readFailed", file.toString(), String.valueOf(e)));
        }
    }

    /** The first {@code n} bytes of a table file (fewer when it is shorter), to tell what it holds. */
    public static byte[] head(Path file, int n) throws InputRejectedException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("import.readFailed", file.toString(), String.valueOf(e)));
        }
    }

    /**
     * A text table file to read one line at a time, decoded as {@link TextDecoding#decode} would decode it whole, so
     * that a file of any length is read without holding it. Refused over {@link #MAX_BYTES} as {@link #bytes} does.
     */
    public static Reader reader(Path file) throws InputRejectedException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw InputRejectedException.of(
                        Problem.of("table.tooLarge", file.getFileName().toString()));
            }
            return TextDecoding.reader(file);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("import.readFailed", file.toString(), String.valueOf(e)));
        }
    }

    /** An XLSX (zip) or XLS (OLE2) file. */
    public static boolean isWorkbook(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
    }

    public static RawTable read(byte[] bytes, String name, String sheet) throws InputRejectedException {
        if (bytes.length == 0) {
            throw InputRejectedException.of(Problem.of("csv.empty"));
        }
        if (isWorkbook(bytes)) {
            return workbook(bytes, name, sheet);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw InputRejectedException.of(Problem.of("table.pdf", name));
        }
        if (looksBinary(bytes)) {
            throw InputRejectedException.of(Problem.of("table.binary", name));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.mixed()) {
            throw InputRejectedException.of(Problem.of("table.mixedEncoding", name));
        }
        int bad =
                decoded.charset().equals(TextDecoding.GB18030) ? decoded.text().indexOf('\uFFFD') : -1;
        if (bad >= 0) {
            // bytes that are neither UTF-8 nor GBK/GB18030: say where, instead of storing a silent �
            String before = decoded.text().substring(0, bad);
            int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
            String lineStart = before.substring(before.lastIndexOf('\n') + 1);
            char sep = lineStart.indexOf('\t') >= 0 || decoded.text().indexOf('\t') >= 0 ? '\t' : ',';
            int column = (int) lineStart.chars().filter(ch -> ch == sep).count() + 1;
            throw InputRejectedException.of(Problem.of("table.badBytes", line, column, name));
        }
        return text(decoded.text(), name);
    }

    /** Text: CSV, TSV or tab-separated text pasted from Excel; the separator is whichever the lines agree on. */
    public static RawTable text(String text, String name) throws InputRejectedException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = separator(t);
        List<List<String>> rows;
        if (sep == '\t') {
            rows = new ArrayList<>(TabText.parse(t));
        } else {
            try {
                rows = CsvTables.read(t);
            } catch (IOException | RuntimeException e) {
                throw InputRejectedException.of(Problem.of("csv.broken", String.valueOf(e.getMessage())));
            }
        }
        return checked(new RawTable(rows, name, List.of()));
    }

    private static char separator(String t) {
        int tabs = 0;
        int commas = 0;
        int seen = 0;
        for (String line : t.split("\n")) {
            if (seen++ > 2000) {
                break;
            }
            tabs += line.indexOf('\t') >= 0 ? 1 : 0;
            commas += line.indexOf(',') >= 0 ? 1 : 0;
        }
        return tabs > 0 && tabs >= commas ? '\t' : ',';
    }

    private static RawTable workbook(byte[] bytes, String name, String sheetName) throws InputRejectedException {
        if (startsWith(bytes, 'P', 'K')) {
            // XLSX: streamed, so a large sheet never becomes a tree of objects in memory
            XlsxSheets.Sheet sheet = XlsxSheets.read(bytes, name, sheetName, MAX_ROWS, MAX_COLUMNS);
            fillMerged(sheet.merged(), sheet.rows());
            return checked(new RawTable(sheet.rows(), name + " / " + sheet.name(), sheet.sheets()));
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(wb.getSheetName(i));
            }
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                throw InputRejectedException.of(Problem.of("table.noSheet", sheetName, String.join("、", sheets)));
            }
            DataFormatter fmt = new DataFormatter();
            // a formula is read as the value Excel or WPS last computed, never as its text
            fmt.setUseCachedValuesForFormulaCells(true);
            List<List<String>> rows = new ArrayList<>();
            // only the rows and cells the sheet holds are visited: a cell in column XFD or a row at 1,000,000 is
            // refused (when it holds something) before anything is allocated for the empty space before it
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = text(fmt, cell);
                    if (text.isBlank()) {
                        continue;
                    }
                    if (row.getRowNum() >= MAX_ROWS) {
                        throw InputRejectedException.of(Problem.of("table.tooManyRows", MAX_ROWS));
                    }
                    if (cell.getColumnIndex() >= MAX_COLUMNS) {
                        throw InputRejectedException.of(Problem.of(
                                "table.tooManyColumns", MAX_COLUMNS, row.getRowNum() + 1, cell.getColumnIndex() + 1));
                    }
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add("");
                    }
                    cells.add(text);
                }
                if (!cells.isEmpty()) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(new ArrayList<>());
                    }
                    rows.add(cells);
                }
            }
            fillMerged(sheet.getMergedRegions(), rows);
            return checked(new RawTable(rows, name + " / " + sheet.getSheetName(), sheets));
        } catch (EncryptedDocumentException e) {
            throw InputRejectedException.of(Problem.of("table.encrypted", name));
        } catch (InputRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputRejectedException.of(Problem.of("table.badWorkbook", name, firstLine(e.getMessage())));
        }
    }

    /** A cell's text: a formula's last computed value; a formula never computed is refused with its place. */
    private static String text(DataFormatter fmt, Cell cell) throws InputRejectedException {
        if (cell.getCellType() == CellType.FORMULA
                && cell instanceof XSSFCell x
                && !x.getCTCell().isSetV()) {
            throw InputRejectedException.of(Problem.of(
                    "table.formulaNoValue", cell.getRowIndex() + 1, cell.getColumnIndex() + 1, cell.getCellFormula()));
        }
        return fmt.formatCellValue(cell);
    }

    /**
     * A merged cell (e.g. a 一级指标 spanning rows) gives its value to every cell it covers, within the cells the
     * table uses: a region of A1:XFD999999 fills only the used rows and columns.
     */
    private static void fillMerged(List<CellRangeAddress> regions, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (CellRangeAddress region : regions) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            if (r0 >= rows.size() || c0 >= rows.get(r0).size()) {
                continue;
            }
            String value = rows.get(r0).get(c0);
            for (int r = r0; r <= region.getLastRow() && r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = c0; c <= region.getLastColumn() && c < width; c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    if (row.get(c).isEmpty()) {
                        row.set(c, value);
                    }
                }
            }
        }
    }

    private static RawTable checked(RawTable t) throws InputRejectedException {
        if (t.rows().size() > MAX_ROWS) {
            throw InputRejectedException.of(Problem.of("table.tooManyRows", MAX_ROWS));
        }
        List<List<String>> cleaned = new ArrayList<>(t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>(t.rows().get(r).size());
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                String cell = t.rows().get(r).get(c);
                if (c >= MAX_COLUMNS && !cell.isBlank()) {
                    throw InputRejectedException.of(Problem.of("table.tooManyColumns", MAX_COLUMNS, r + 1, c + 1));
                }
                if (cell.length() > MAX_CELL) {
                    throw InputRejectedException.of(Problem.of("table.cellTooLong", r + 1, c + 1, MAX_CELL));
                }
                // control characters (a NUL deep in a file, escape sequences) and direction overrides are not kept
                row.add(Text.clean(cell));
            }
            cleaned.add(row);
        }
        return new RawTable(cleaned, t.source(), t.sheets());
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes (outside UTF-16 with BOM) or many control characters: not a text table. */
    private static boolean looksBinary(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                control++;
            }
        }
        return control > n / 20;
    }

    /** The first line of a library's message, without Java exception class names. */
    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceAll("([a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]*(Exception|Error):\\s*", "")
                .replaceAll("^error:\\s*", "");
    }
}
