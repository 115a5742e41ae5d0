package org.plandesk.chart.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.PlanChart;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;

/**
 * The page model of 文件 → 打印: a plan's indicator table for the year in focus (or every year) and the chart in
 * view, laid out on A4 pages. One model draws the preview, the PDF and the printer's pages. Long names wrap within
 * their column; a table too wide for every year on one page is printed in runs of years that fit; each page carries
 * the plan, the years, the date and its number.
 */
public final class PlanPrint {
    /** What to print. */
    public enum Content {
        TABLE_AND_CHART,
        TABLE,
        CHART
    }

    /**
     * @param year       the year in focus, or null for every year
     * @param landscape  A4 landscape (else portrait)
     * @param content    the table, the chart, or both
     */
    public record Options(Integer year, boolean landscape, Content content) {}

    private static final double MARGIN = 48;
    private static final float TEXT = 12f;
    private static final double PAD = 4;
    private static final double[] FIXED = {40, 0, 96, 44};
    private static final double[] PER_YEAR = {72, 60, 74};
    private static final double MIN_NAME = 200;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final ChartTheme theme;
    private final Messages messages;

    public PlanPrint(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    /** A table row: a group heading (one text) or a part's cells. */
    private record Row(boolean group, List<String> cells, double height) {}

    public List<PrintPage> pages(PlanData data, int currentYear, LocalDate today, PlanChart chart, Options options) {
        double w = options.landscape() ? PrintPage.A4_LONG : PrintPage.A4_SHORT;
        double h = options.landscape() ? PrintPage.A4_SHORT : PrintPage.A4_LONG;
        List<PrintPage> pages = new ArrayList<>();
        int[] total = new int[1];
        if (options.content() != Content.CHART) {
            for (List<Integer> years : yearRuns(data, options.year(), w)) {
                tablePages(data, currentYear, today, years, w, h, pages, total);
            }
        }
        if (options.content() != Content.TABLE && chart != null) {
            int number = pages.size() + 1;
            pages.add(new PrintPage(w, h, g -> {
                g.setPaint(Color.WHITE);
                g.fill(new Rectangle2D.Double(0, 0, w, h));
                chart.draw(g, new Rectangle2D.Double(MARGIN, MARGIN, w - 2 * MARGIN, h - 2 * MARGIN - 20), theme);
                footer(g, data, today, number, total[0], w, h);
            }));
        }
        total[0] = pages.size();
        return pages;
    }

    /** The years to print, in runs that fit the page's width beside a name column of at least 200 px. */
    private static List<List<Integer>> yearRuns(PlanData data, Integer focus, double pageWidth) {
        List<Integer> all = new ArrayList<>();
        if (focus != null) {
            all.add(focus);
        } else {
            int[] span = data.yearSpan();
            for (int y = span[0]; y <= span[1]; y++) {
                all.add(y);
            }
        }
        double room = pageWidth - 2 * MARGIN - fixedWidth() - MIN_NAME;
        int perRun = Math.max(1, (int) (room / sum(PER_YEAR)));
        List<List<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < all.size(); i += perRun) {
            runs.add(all.subList(i, Math.min(all.size(), i + perRun)));
        }
        return runs;
    }

    private void tablePages(
            PlanData data,
            int currentYear,
            LocalDate today,
            List<Integer> years,
            double w,
            double h,
            List<PrintPage> pages,
            int[] total) {
        double[] widths = widths(years.size(), w);
        Font font = theme.font(Font.PLAIN, TEXT);
        double line = font.getLineMetrics("国", FRC).getHeight();
        List<Row> rows = rows(data, currentYear, years, widths, font, line);
        double top = MARGIN + 64;
        double bottom = h - MARGIN - 24;
        List<List<Row>> chunks = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        double y = top + 2 * (line + 2 * PAD);
        for (Row r : rows) {
            if (y + r.height() > bottom && !current.isEmpty()) {
                chunks.add(current);
                current = new ArrayList<>();
                y = top + 2 * (line + 2 * PAD);
            }
            current.add(r);
            y += r.height();
        }
        if (!current.isEmpty() || chunks.isEmpty()) {
            chunks.add(current);
        }
        for (List<Row> chunk : chunks) {
            int number = pages.size() + 1;
            pages.add(new PrintPage(w, h, g -> {
                g.setPaint(Color.WHITE);
                g.fill(new Rectangle2D.Double(0, 0, w, h));
                header(g, data, years, today);
                table(g, years, widths, chunk, top, font, line);
                footer(g, data, today, number, total[0], w, h);
            }));
        }
    }

    private static double fixedWidth() {
        return sum(FIXED);
    }

    private static double[] widths(int years, double pageWidth) {
        double[] out = new double[FIXED.length + years * PER_YEAR.length];
        System.arraycopy(FIXED, 0, out, 0, FIXED.length);
        for (int i = 0; i < years; i++) {
            System.arraycopy(PER_YEAR, 0, out, FIXED.length + i * PER_YEAR.length, PER_YEAR.length);
        }
        out[1] = pageWidth - 2 * MARGIN - sum(out);
        return out;
    }

    private List<Row> rows(
            PlanData data, int currentYear, List<Integer> years, double[] widths, Font font, double line) {
        List<Row> out = new ArrayList<>();
        long group = -1;
        for (Indicator ind : data.indicators()) {
            if (ind.groupId() != group) {
                group = ind.groupId();
                String name = data.group(ind).map(IndicatorGroup::name).orElse("");
                if (!name.isEmpty()) {
                    out.add(new Row(true, List.of(name), line + 2 * PAD));
                }
            }
            boolean first = true;
            for (Part part : data.parts(ind)) {
                List<String> cells = new ArrayList<>();
                cells.add(first ? ind.code() : "");
                cells.add(first ? ind.name() : "");
                cells.add(part.name());
                cells.add(part.unitOr(ind.unit()));
                for (int year : years) {
                    cells.add(data.target(part, year)
                            .map(t -> t.target().display())
                            .orElse(""));
                    cells.add(data.actual(part, year).map(PlanPrint::actual).orElse(""));
                    Status s = data.status(part, year, currentYear);
                    cells.add(s == Status.NO_TARGET ? "" : s.symbol() + " " + messages.get(s.messageKey()));
                }
                int lines = 1;
                for (int c = 0; c < cells.size(); c++) {
                    lines = Math.max(
                            lines, wrap(cells.get(c), font, widths[c] - 2 * PAD).size());
                }
                out.add(new Row(false, cells, lines * line + 2 * PAD));
                first = false;
            }
        }
        return out;
    }

    private static String actual(ActualEntry a) {
        return a.grade() != null ? a.grade() : a.value() == null ? "" : Numbers.format(a.value());
    }

    private void header(Graphics2D g, PlanData data, List<Integer> years, LocalDate today) {
        g.setPaint(theme.text());
        g.setFont(theme.font(Font.BOLD, 18f));
        g.drawString(data.plan().title(), (float) MARGIN, (float) (MARGIN + 20));
        g.setFont(theme.font(Font.PLAIN, TEXT));
        g.setPaint(theme.mutedText());
        String span = years.size() == 1
                ? messages.get("col.year", years.get(0))
                : messages.get("col.year", years.get(0)) + "–" + messages.get("col.year", years.get(years.size() - 1));
        g.drawString(messages.get("print.subtitle", span, today.toString()), (float) MARGIN, (float) (MARGIN + 44));
    }

    private void footer(Graphics2D g, PlanData data, LocalDate today, int number, int total, double w, double h) {
        g.setFont(theme.font(Font.PLAIN, 10f));
        g.setPaint(theme.mutedText());
        String text = messages.get("print.page", number, total);
        float tw = (float) g.getFont().getStringBounds(text, FRC).getWidth();
        g.drawString(text, (float) (w - MARGIN - tw), (float) (h - MARGIN + 4));
        g.drawString(
                messages.get("app.name") + " · " + data.plan().displayName(), (float) MARGIN, (float) (h - MARGIN + 4));
    }

    private void table(
            Graphics2D g, List<Integer> years, double[] widths, List<Row> rows, double top, Font font, double line) {
        double x0 = MARGIN;
        double width = sum(widths);
        double rowH = line + 2 * PAD;
        Color rule = theme.grid();
        // two heading rows: the names and each year over its 目标 | 实际 | 状态
        g.setFont(theme.font(Font.BOLD, TEXT));
        g.setPaint(new Color(0xEE, 0xF1, 0xF5));
        g.fill(new Rectangle2D.Double(x0, top, width, 2 * rowH));
        g.setPaint(theme.text());
        String[] fixed = {
            messages.get("col.code"), messages.get("col.indicator"), messages.get("col.part"), messages.get("col.unit")
        };
        double x = x0;
        for (int c = 0; c < FIXED.length; c++) {
            cell(g, fixed[c], x, top + rowH / 2, widths[c], line);
            x += widths[c];
        }
        for (int year : years) {
            double yw = sum(PER_YEAR);
            cell(g, messages.get("col.year", year), x, top, yw, line);
            String[] sub = {messages.get("col.target"), messages.get("col.actual"), messages.get("col.status")};
            double sx = x;
            for (int i = 0; i < sub.length; i++) {
                cell(g, sub[i], sx, top + rowH, PER_YEAR[i], line);
                sx += PER_YEAR[i];
            }
            x += yw;
        }
        double y = top + 2 * rowH;
        g.setFont(font);
        for (Row r : rows) {
            if (r.group()) {
                g.setPaint(new Color(0xE3, 0xEC, 0xF7));
                g.fill(new Rectangle2D.Double(x0, y, width, r.height()));
                g.setPaint(theme.text());
                g.setFont(theme.font(Font.BOLD, TEXT));
                cell(g, r.cells().get(0), x0, y, width, line);
                g.setFont(font);
            } else {
                g.setPaint(theme.text());
                double cx = x0;
                for (int c = 0; c < r.cells().size(); c++) {
                    List<String> lines = wrap(r.cells().get(c), font, widths[c] - 2 * PAD);
                    for (int l = 0; l < lines.size(); l++) {
                        g.drawString(lines.get(l), (float) (cx + PAD), (float) (y + PAD + (l + 0.8) * line));
                    }
                    cx += widths[c];
                }
            }
            y += r.height();
            g.setPaint(rule);
            g.draw(new Line2D.Double(x0, y, x0 + width, y));
        }
        g.setPaint(rule);
        g.draw(new Rectangle2D.Double(x0, top, width, y - top));
    }

    private static void cell(Graphics2D g, String text, double x, double y, double width, double line) {
        List<String> lines = wrap(text, g.getFont(), width - 2 * PAD);
        g.drawString(lines.isEmpty() ? "" : lines.get(0), (float) (x + PAD), (float) (y + PAD + 0.8 * line));
    }

    /** Breaks text into lines that fit {@code width}, between any two characters (as Chinese text breaks). */
    static List<String> wrap(String text, Font font, double width) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = b + new String(Character.toChars(cp));
            if (b.length() > 0 && font.getStringBounds(next, FRC).getWidth() > width) {
                out.add(b.toString());
                b.setLength(0);
            }
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        out.add(b.toString());
        return out;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
