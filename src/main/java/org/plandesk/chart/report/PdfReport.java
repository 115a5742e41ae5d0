package org.plandesk.chart.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.TrajectoryChart;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.PrintPage;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/**
 * The progress report as a PDF, from the same model as the Word document: A4 portrait pages drawn with the bundled
 * font embedded (so the Chinese shows and can be searched on any machine), the table's header repeated on each page,
 * the charts drawn in vector form, where the targets come from as a note below the table, and page numbers.
 */
public final class PdfReport {
    private static final double W = PrintPage.A4_SHORT;
    private static final double H = PrintPage.A4_LONG;
    private static final double MARGIN = 72;
    private static final double TEXT_W = W - 2 * MARGIN;
    /** Column widths of the table, as parts of the text width. */
    private static final double[] COLUMNS = {0.06, 0.32, 0.09, 0.07, 0.13, 0.1, 0.12, 0.11};

    private final ChartTheme theme;
    private final Messages messages;

    public PdfReport(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    /** A block of the report: its height at the text width, and how it draws at a top edge. */
    private record Block(double height, boolean tableRow, Painter painter) {}

    @FunctionalInterface
    private interface Painter {
        void draw(Graphics2D g, double top);
    }

    public void write(ProgressReport r, OutputStream out) throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(text(r.title(), Font.BOLD, 22, true, theme.text(), 18));
        blocks.add(text(
                messages.get("report.about", r.plan(), r.period(), String.valueOf(r.year()), r.asOf()),
                Font.PLAIN,
                12,
                false,
                theme.text(),
                6));
        if (!r.issuer().isEmpty()) {
            blocks.add(text(messages.get("report.issuer", r.issuer()), Font.PLAIN, 12, false, theme.text(), 6));
        }
        blocks.add(text(messages.get("report.h.summary"), Font.BOLD, 15, false, theme.text(), 8));
        for (String line : DocxReport.summaryLines(r, messages)) {
            blocks.add(text(line, Font.PLAIN, 12, false, theme.text(), 4));
        }
        blocks.add(text(messages.get("report.h.table"), Font.BOLD, 15, false, theme.text(), 8));
        blocks.add(text(
                messages.get("report.table.caption", r.shortName(), String.valueOf(r.year())),
                Font.BOLD,
                12,
                true,
                theme.text(),
                4));
        Block header = row(DocxReport.headerCells(r, messages), true, null, null);
        blocks.add(header);
        for (ProgressReport.Group g : r.groups()) {
            blocks.add(groupRow(g.name()));
            for (ProgressReport.Row row : g.rows()) {
                Status s = row.status();
                blocks.add(row(
                        new String[] {
                            row.code(),
                            row.indicator(),
                            row.part(),
                            row.unit(),
                            row.target(),
                            row.actual(),
                            s.symbol() + " " + messages.get(s.messageKey()),
                            row.achievement()
                        },
                        false,
                        theme.status(s),
                        6));
            }
        }
        if (!r.source().isEmpty()) {
            blocks.add(text(messages.get("report.source", r.source()), Font.PLAIN, 9, false, theme.mutedText(), 8));
        }
        blocks.add(text(messages.get("report.h.charts"), Font.BOLD, 15, false, theme.text(), 8));
        if (r.charts().isEmpty()) {
            blocks.add(text(
                    messages.get("report.noCharts", String.valueOf(r.year())), Font.PLAIN, 12, false, theme.text(), 4));
        }
        int figure = 0;
        for (TrajectoryChart c : r.charts()) {
            if (c.isCard()) {
                blocks.add(text(DocxReport.cardSentence(c, messages), Font.PLAIN, 12, false, theme.text(), 4));
                continue;
            }
            double chartH = TEXT_W * 9 / 16;
            blocks.add(new Block(
                    chartH + 6,
                    false,
                    (g, top) -> c.draw(g, new Rectangle2D.Double(MARGIN, top, TEXT_W, chartH), theme)));
            String unit = c.spec().unit().isEmpty() ? "" : "（" + c.spec().unit() + "）";
            blocks.add(text(
                    messages.get("report.figure", ++figure, c.spec().title() + unit),
                    Font.BOLD,
                    11,
                    true,
                    theme.text(),
                    10));
        }
        new ChartExporter(theme).pdfPages(paginate(blocks, header, r.shortName()), r.title(), out);
    }

    private List<PrintPage> paginate(List<Block> blocks, Block header, String shortName) {
        List<List<Block>> pages = new ArrayList<>();
        List<Block> page = new ArrayList<>();
        double y = MARGIN;
        double bottom = H - MARGIN;
        for (Block b : blocks) {
            if (y + b.height() > bottom && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = MARGIN;
                if (b.tableRow() && b != header) {
                    page.add(header);
                    y += header.height();
                }
            }
            page.add(b);
            y += b.height();
        }
        pages.add(page);
        List<PrintPage> out = new ArrayList<>();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            List<Block> content = pages.get(i);
            int number = i + 1;
            out.add(new PrintPage(W, H, g -> {
                g.setPaint(Color.WHITE);
                g.fill(new Rectangle2D.Double(0, 0, W, H));
                g.setFont(theme.font(Font.PLAIN, 9));
                g.setPaint(theme.mutedText());
                FontMetrics fm = g.getFontMetrics();
                g.drawString(shortName, (float) (W - MARGIN - fm.stringWidth(shortName)), (float) (MARGIN / 2));
                String n = number + " / " + total;
                g.drawString(n, (float) (W / 2 - fm.stringWidth(n) / 2.0), (float) (H - MARGIN / 2));
                double top = MARGIN;
                for (Block b : content) {
                    b.painter().draw(g, top);
                    top += b.height();
                }
            }));
        }
        return out;
    }

    private Block text(String text, int style, float size, boolean centred, Color colour, double after) {
        Font font = theme.font(style, size);
        FontMetrics fm = metrics(font);
        List<String> lines = wrap(text, fm, TEXT_W);
        double lineH = fm.getHeight() * 1.25;
        return new Block(lines.size() * lineH + after, false, (g, top) -> {
            g.setFont(font);
            g.setPaint(colour);
            double y = top;
            for (String line : lines) {
                double x = centred ? MARGIN + (TEXT_W - fm.stringWidth(line)) / 2 : MARGIN;
                g.drawString(line, (float) x, (float) (y + fm.getAscent()));
                y += lineH;
            }
        });
    }

    private Block groupRow(String name) {
        Font font = theme.font(Font.BOLD, 10);
        FontMetrics fm = metrics(font);
        double h = fm.getHeight() + 8;
        return new Block(h, true, (g, top) -> {
            g.setPaint(new Color(0xEE, 0xF2, 0xF6));
            g.fill(new Rectangle2D.Double(MARGIN, top, TEXT_W, h));
            frame(g, MARGIN, top, TEXT_W, h);
            g.setFont(font);
            g.setPaint(theme.text());
            g.drawString(name, (float) (MARGIN + 4), (float) (top + 4 + fm.getAscent()));
        });
    }

    /** A table row; cells wrap, the status cell in its colour. */
    private Block row(String[] cells, boolean head, Color statusColour, Integer colouredCell) {
        Font font = theme.font(head ? Font.BOLD : Font.PLAIN, 10);
        FontMetrics fm = metrics(font);
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> w = wrap(cells[c], fm, TEXT_W * COLUMNS[c] - 8);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        double lineH = fm.getHeight();
        double h = lines * lineH + 8;
        return new Block(h, true, (g, top) -> {
            if (head) {
                g.setPaint(new Color(0xD9, 0xE2, 0xEC));
                g.fill(new Rectangle2D.Double(MARGIN, top, TEXT_W, h));
            }
            g.setFont(font);
            double x = MARGIN;
            for (int c = 0; c < cells.length; c++) {
                double w = TEXT_W * COLUMNS[c];
                frame(g, x, top, w, h);
                g.setPaint(colouredCell != null && c == colouredCell ? statusColour : theme.text());
                double y = top + 4;
                for (String line : wrapped.get(c)) {
                    g.drawString(line, (float) (x + 4), (float) (y + fm.getAscent()));
                    y += lineH;
                }
                x += w;
            }
        });
    }

    private void frame(Graphics2D g, double x, double y, double w, double h) {
        g.setPaint(theme.mutedText());
        g.draw(new Line2D.Double(x, y, x + w, y));
        g.draw(new Line2D.Double(x, y + h, x + w, y + h));
        g.draw(new Line2D.Double(x, y, x, y + h));
        g.draw(new Line2D.Double(x + w, y, x + w, y + h));
    }

    private FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** Lines of at most {@code width}: Chinese breaks between any two characters, a word of Latin letters stays. */
    static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && fm.stringWidth(line + ch) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
