package org.plandesk.chart.export;

import java.awt.Graphics2D;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.List;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;

/**
 * Prints pages of the page model through Java 2D printing: the same vector drawing as the PDF, on A4 in the pages'
 * own orientation. (JavaFX printing was tried first: with CUPS-PDF as the printer it put landscape pages on portrait
 * paper at half size and printed the chart page blank.)
 */
public final class PrinterPages {
    private PrinterPages() {}

    /** Whether the system has a printer at all. */
    public static boolean available() {
        return PrinterJob.lookupPrintServices().length > 0;
    }

    /**
     * The system's printer dialog, then the pages; false when the user cancelled the dialog. Blocks until the pages are
     * spooled: call it off the JavaFX thread.
     */
    public static boolean print(List<PrintPage> pages, String jobName) throws PrinterException {
        if (pages.isEmpty()) {
            return false;
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        PrintPage first = pages.get(0);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(first.width() > first.height() ? OrientationRequested.LANDSCAPE : OrientationRequested.PORTRAIT);
        attributes.add(new JobName(jobName, null));
        job.setPrintable(printable(pages));
        if (!job.printDialog(attributes)) {
            return false;
        }
        job.print(attributes);
        return true;
    }

    /** The pages as Java 2D printing asks for them: each scaled into the paper's printable area, whole. */
    static Printable printable(List<PrintPage> pages) {
        return (g, format, index) -> {
            if (index >= pages.size()) {
                return Printable.NO_SUCH_PAGE;
            }
            PrintPage page = pages.get(index);
            Graphics2D g2 = (Graphics2D) g;
            g2.translate(format.getImageableX(), format.getImageableY());
            double scale =
                    Math.min(format.getImageableWidth() / page.width(), format.getImageableHeight() / page.height());
            g2.scale(scale, scale);
            page.painter().accept(g2);
            return Printable.PAGE_EXISTS;
        };
    }
}
