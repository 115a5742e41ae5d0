package org.plandesk.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way PlanDesk writes CSV: Commons CSV's quoting, and every text cell through {@link CellText#protect}, so no
 * exported cell is a live formula.
 */
public final class CsvOut implements Closeable, Flushable {
    private final CSVPrinter printer;

    public CsvOut(Appendable out, CSVFormat format) throws IOException {
        this.printer = new CSVPrinter(out, format);
    }

    /** One record; text cells are protected, numbers are written as they are. */
    public void record(Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell instanceof String s ? CellText.protect(s) : cell);
        }
        printer.printRecord(safe);
    }

    public void record(Object... cells) throws IOException {
        record(Arrays.asList(cells));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
