package org.plandesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads one sheet of an XLSX as a stream of cells (POI's event API over SAX), so that a large sheet never becomes a
 * tree of objects in memory: only the cells' text is kept, and limits are checked as the cells arrive. Formulas are
 * read as the value Excel or WPS last computed; a formula never computed is a problem with its place; merged regions
 * are collected for {@link TableFiles} to fill within the used cells.
 */
final class XlsxSheets {
    private static final System.Logger LOG = System.getLogger(XlsxSheets.class.getName());

    private XlsxSheets() {}

    /** The cells of a sheet, row by row (rows and cells before the first used one are empty), and its merged regions. */
    record Sheet(String name, List<String> sheets, List<List<String>> rows, List<CellRangeAddress> merged) {}

    static Sheet read(byte[] bytes, String fileName, String wanted, int maxRows, int maxColumns)
            throws InputRejectedException {
        // opened from a file, not from the bytes: POI then reads each part as a stream from the zip instead of
        // holding every part in memory (and refusing a sheet's XML over 100 MB)
        Path tmp = null;
        try {
            tmp = Files.createTempFile("plandesk-", ".xlsx");
            Files.write(tmp, bytes);
            return read(tmp, fileName, wanted, maxRows, maxColumns);
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("table.badWorkbook", fileName, firstLine(e.getMessage())));
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "temporary copy not removed: " + tmp, e);
            }
        }
    }

    private static Sheet read(Path file, String fileName, String wanted, int maxRows, int maxColumns)
            throws InputRejectedException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            Sheet found = null;
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (found == null && (wanted == null || wanted.equals(name))) {
                        Collector cells = new Collector(maxRows, maxColumns);
                        parse(in, styles, strings, cells);
                        found = new Sheet(name, names, cells.rows, cells.merged);
                    }
                }
            }
            if (found == null) {
                throw InputRejectedException.of(Problem.of("table.noSheet", wanted, String.join("、", names)));
            }
            return new Sheet(found.name(), List.copyOf(names), found.rows(), found.merged());
        } catch (Refused r) {
            throw r.refusal;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw InputRejectedException.of(Problem.of("table.badWorkbook", fileName, firstLine(e.getMessage())));
        }
    }

    private static void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings, Collector cells)
            throws IOException, SAXException, ParserConfigurationException {
        DataFormatter fmt = new DataFormatter();
        XMLReader xml = SAXHelper.newXMLReader();
        // POI's handler turns each cell into its formatted text; the filter around it sees merges and formulas
        Places places = new Places(cells);
        places.setParent(xml);
        places.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, fmt, false));
        places.parse(new InputSource(in));
    }

    /** Sees what POI's handler does not report: merged regions, and formulas without a computed value. */
    private static final class Places extends XMLFilterImpl {
        private final Collector cells;
        private String cell;
        private boolean formula;
        private boolean value;

        Places(Collector cells) {
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            switch (local) {
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null) {
                        cells.merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                case "c" -> {
                    cell = atts.getValue("r");
                    formula = false;
                    value = false;
                }
                case "f" -> formula = true;
                case "v", "is" -> value = true;
                default -> {
                    // other elements are POI's
                }
            }
            super.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if ("c".equals(local) && formula && !value && cell != null) {
                CellAddress a = new CellAddress(cell);
                throw new Refused(InputRejectedException.of(
                        Problem.of("table.formulaNoValue", a.getRow() + 1, a.getColumn() + 1, cell)));
            }
            super.endElement(uri, local, qName);
        }
    }

    /** Keeps the text of each non-blank cell, checking the row and column limits as cells arrive. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final int maxColumns;
        final List<List<String>> rows = new ArrayList<>();
        final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> current;
        private int rowNum;

        Collector(int maxRows, int maxColumns) {
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!current.isEmpty()) {
                while (rows.size() < rowNum) {
                    rows.add(new ArrayList<>());
                }
                rows.add(current);
            }
        }

        @Override
        public void cell(String ref, String text, XSSFComment comment) {
            if (text == null || text.isBlank() || ref == null) {
                return;
            }
            int column = new CellAddress(ref).getColumn();
            if (rowNum >= maxRows) {
                throw new Refused(InputRejectedException.of(Problem.of("table.tooManyRows", maxRows)));
            }
            if (column >= maxColumns) {
                throw new Refused(InputRejectedException.of(
                        Problem.of("table.tooManyColumns", maxColumns, rowNum + 1, column + 1)));
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(text);
        }
    }

    /** A refusal raised inside the SAX callbacks, carried out of the parser. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InputRejectedException refusal;

        Refused(InputRejectedException refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
