package org.plandesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.plandesk.io.FileNames;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/**
 * Small multiples: every indicator of a plan (or of one 一级指标) as a small trajectory, each framed in its status colour
 * with the status written out, in one image.
 */
public final class DashboardChart implements PlanChart {
    private final String title;
    private final String subtitle;
    private final List<TrajectoryChart> tiles;
    private final Messages messages;

    public DashboardChart(String title, String subtitle, List<TrajectoryChart> tiles, Messages messages) {
        this.title = title;
        this.subtitle = subtitle;
        this.tiles = List.copyOf(tiles);
        this.messages = messages;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String fileStem() {
        return FileNames.stem("", title);
    }

    public List<TrajectoryChart> tiles() {
        return tiles;
    }

    /** Columns for n tiles in an area of this aspect ratio, for tiles of about 16:10. */
    static int columns(int n, double aspect) {
        if (n <= 1) {
            return 1;
        }
        return Math.max(1, Math.min(n, (int) Math.ceil(Math.sqrt(n * aspect / 1.6))));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, ChartTheme theme) {
        double h = ChartTheme.effectiveHeight(area);
        double w = area.getWidth();
        g.setPaint(theme.background());
        g.fill(area);
        Font titleFont = theme.font(Font.BOLD, theme.titleSize(h));
        Font subFont = theme.font(Font.PLAIN, theme.subtitleSize(h));
        g.setFont(titleFont);
        g.setPaint(theme.text());
        FontMetrics fm = g.getFontMetrics();
        double y = area.getY() + h * 0.02 + fm.getAscent();
        g.drawString(title, (float) (area.getX() + (w - fm.stringWidth(title)) / 2), (float) y);
        g.setFont(subFont);
        g.setPaint(theme.mutedText());
        FontMetrics sm = g.getFontMetrics();
        String sub = subtitle + "    " + legendText(theme);
        y += sm.getHeight() * 1.2;
        g.drawString(sub, (float) (area.getX() + (w - sm.stringWidth(sub)) / 2), (float) y);
        double top = y + h * 0.02;
        double margin = w * 0.015;
        Rectangle2D grid =
                new Rectangle2D.Double(area.getX() + margin, top, w - 2 * margin, area.getMaxY() - top - margin);
        if (tiles.isEmpty()) {
            return;
        }
        int cols = columns(tiles.size(), grid.getWidth() / grid.getHeight());
        int rows = (int) Math.ceil(tiles.size() / (double) cols);
        double gap = Math.max(4, h * 0.008);
        double tw = (grid.getWidth() - gap * (cols - 1)) / cols;
        double th = (grid.getHeight() - gap * (rows - 1)) / rows;
        for (int i = 0; i < tiles.size(); i++) {
            double x = grid.getX() + (i % cols) * (tw + gap);
            double ty = grid.getY() + (i / cols) * (th + gap);
            tile(g, tiles.get(i), new Rectangle2D.Double(x, ty, tw, th), theme, h);
        }
    }

    private String legendText(ChartTheme theme) {
        StringBuilder sb = new StringBuilder();
        for (Status s : List.of(Status.MET, Status.MISSED, Status.AT_RISK, Status.PENDING)) {
            sb.append(theme.statusSymbol(s))
                    .append(messages.get(s.messageKey()))
                    .append("  ");
        }
        return sb.toString().strip();
    }

    private void tile(Graphics2D g, TrajectoryChart chart, Rectangle2D r, ChartTheme theme, double fullHeight) {
        Status s = chart.spec().status();
        Color frame = theme.status(s);
        float stroke = (float) Math.max(2, fullHeight / 360);
        double arc = Math.max(6, fullHeight * 0.008);
        Shape box = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), arc, arc);
        g.setPaint(theme.plotBackground());
        g.fill(box);
        Font head = theme.font(Font.BOLD, (float) Math.max(9, Math.min(r.getHeight() * 0.085, fullHeight * 0.018)));
        g.setFont(head);
        FontMetrics fm = g.getFontMetrics();
        double headH = fm.getHeight() * 1.35;
        g.setPaint(frame);
        g.fill(new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), headH, arc, arc));
        g.fill(new Rectangle2D.Double(r.getX(), r.getY() + headH / 2, r.getWidth(), headH / 2));
        String status = theme.statusSymbol(s) + messages.get(s.messageKey());
        String name = (chart.spec().code().isEmpty() ? "" : chart.spec().code() + " ")
                + chart.spec().title();
        double statusW = fm.stringWidth(status);
        String shown = fit(name, fm, r.getWidth() - statusW - fm.getHeight());
        g.setPaint(Color.WHITE);
        float baseline = (float) (r.getY() + (headH - fm.getHeight()) / 2 + fm.getAscent());
        g.drawString(shown, (float) (r.getX() + fm.getHeight() * 0.4), baseline);
        g.drawString(status, (float) (r.getMaxX() - statusW - fm.getHeight() * 0.4), baseline);
        Rectangle2D plotArea = new Rectangle2D.Double(
                r.getX() + stroke, r.getY() + headH, r.getWidth() - 2 * stroke, r.getHeight() - headH - stroke);
        if (chart.isCard()) {
            chart.drawCompactCard(g, plotArea, theme);
        } else {
            chart.build(theme, Math.max(120, plotArea.getHeight() * 2.2), true).draw(g, plotArea);
        }
        g.setPaint(frame);
        g.setStroke(new BasicStroke(stroke));
        g.draw(box);
    }

    /** Text cut with … to a width, so a long name never runs out of its box (tiles and status cards). */
    static String fit(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
