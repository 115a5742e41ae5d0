package org.plandesk.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

/**
 * An indicator with one target and at most one actual per part (a task of the 改革任务 kind: "建成美丽校园 10 个以上" by
 * 2024) shown as a card instead of a line chart of one point: the status as a word and a symbol in its colour, the
 * target as written with its year, and the actual or 待填报. Drawn with the trajectory's title, subtitle and footer, so a
 * slide of cards reads like a slide of charts.
 */
final class StatusCard {
    private final TrajectorySpec spec;
    private final Messages messages;

    StatusCard(TrajectorySpec spec, Messages messages) {
        this.spec = spec;
        this.messages = messages;
    }

    /** True when the trajectory has no line to draw: every part one target year, and no actual in another year. */
    static boolean fits(TrajectorySpec spec) {
        boolean anyTarget = false;
        for (TrajectorySpec.PartSeries p : spec.parts()) {
            if (p.targets().size() > 1 || p.actuals().size() > 1 || p.baseline() != null) {
                return false;
            }
            if (!p.targets().isEmpty()) {
                anyTarget = true;
                int year = p.targets().get(0).year();
                if (!p.actuals().isEmpty() && p.actuals().get(0).year() != year) {
                    return false;
                }
            }
        }
        return anyTarget;
    }

    /** Draws the card into an area; compact (a dashboard tile) leaves out subtitle and footer. */
    void draw(Graphics2D g, Rectangle2D area, ChartTheme theme, boolean compact) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double h = ChartTheme.effectiveHeight(area);
        g.setPaint(theme.background());
        g.fill(area);
        double y = area.getMinY();
        if (!compact) {
            y += h * 0.03;
            y = centred(g, spec.title(), theme.font(Font.BOLD, theme.titleSize(h)), theme.text(), area, y);
            y = centred(g, spec.subtitle(), theme.font(Font.PLAIN, theme.subtitleSize(h)), theme.mutedText(), area, y);
        }
        Status status = spec.status();
        Color colour = theme.status(status);
        double footerRoom = compact ? area.getHeight() * 0.04 : h * 0.08;
        double cardW = Math.min(area.getWidth() * (compact ? 0.92 : 0.7), h * 1.6);
        double cardH = Math.min(area.getMaxY() - y - footerRoom - h * 0.03, compact ? area.getHeight() : h * 0.62);
        double cardX = area.getCenterX() - cardW / 2;
        double cardY = y + Math.max(h * 0.02, (area.getMaxY() - footerRoom - y - cardH) / 2);
        float big = (float) Math.min(cardH * 0.22, cardW * 0.09);
        if (!compact) {
            RoundRectangle2D card = new RoundRectangle2D.Double(cardX, cardY, cardW, cardH, h * 0.04, h * 0.04);
            g.setPaint(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 24));
            g.fill(card);
            g.setPaint(colour);
            g.setStroke(new BasicStroke(theme.lineWidth(h) * 1.2f));
            g.draw(card);
            // left: the status, large, as symbol and word (a dashboard tile has it in its head already)
            String word = status.symbol() + " " + messages.get(status.messageKey());
            g.setFont(theme.font(Font.BOLD, big));
            FontMetrics fm = g.getFontMetrics();
            double left = cardX + cardW * 0.06;
            g.drawString(
                    word, (float) left, (float) (cardY + cardH / 2 + fm.getAscent() / 2.0 - fm.getDescent() / 2.0));
        } else {
            big = (float) (cardH * 0.3);
        }

        // right: per part, the target as written (with its year) and the actual
        List<String[]> lines = new ArrayList<>();
        for (TrajectorySpec.PartSeries p : spec.parts()) {
            if (p.targets().isEmpty()) {
                continue;
            }
            TrajectorySpec.TargetPoint t = p.targets().get(0);
            String part = p.name().isEmpty() ? "" : p.name() + "  ";
            lines.add(new String[] {part + messages.get("chart.card.target", t.year()), t.label()});
            lines.add(new String[] {
                part + messages.get("chart.card.actual"),
                p.actuals().isEmpty()
                        ? messages.get("status.pending")
                        : p.actuals().get(0).label() + unitSuffix()
            });
        }
        float label = (float) Math.min(cardH / (lines.size() * 2.6 + 1), big * 0.55);
        float value = label * 1.45f;
        double textX = cardX + cardW * (compact ? 0.08 : 0.5);
        FontMetrics small = g.getFontMetrics(theme.font(Font.PLAIN, label));
        FontMetrics large = g.getFontMetrics(theme.font(Font.BOLD, value));
        double gap = small.getHeight() * 0.1;
        double rowGap = small.getHeight() * 0.35;
        double rowH = small.getHeight() + gap + large.getHeight() + rowGap;
        double ty = cardY + (cardH - rowH * lines.size() + rowGap) / 2;
        for (String[] line : lines) {
            g.setFont(small.getFont());
            g.setPaint(theme.mutedText());
            ty += small.getAscent();
            g.drawString(line[0], (float) textX, (float) ty);
            ty += small.getDescent() + gap;
            g.setFont(large.getFont());
            g.setPaint(theme.text());
            ty += large.getAscent();
            g.drawString(fit(g, line[1], cardX + cardW * 0.96 - textX), (float) textX, (float) ty);
            ty += large.getDescent() + rowGap;
        }
        if (!compact) {
            g.setFont(theme.font(Font.PLAIN, theme.smallSize(h)));
            g.setPaint(theme.mutedText());
            g.drawString(spec.footer(), (float) (area.getMinX() + h * 0.03), (float) (area.getMaxY() - h * 0.025));
        }
    }

    private String unitSuffix() {
        return spec.unit().isEmpty() || spec.unit().equals("%") ? spec.unit() : " " + spec.unit();
    }

    private static String fit(Graphics2D g, String text, double width) {
        return DashboardChart.fit(text, g.getFontMetrics(), width);
    }

    private static double centred(Graphics2D g, String text, Font font, Color paint, Rectangle2D area, double top) {
        if (text == null || text.isEmpty()) {
            return top;
        }
        g.setFont(font);
        g.setPaint(paint);
        FontMetrics fm = g.getFontMetrics();
        String t = fit(g, text, area.getWidth() * 0.94);
        double x = area.getCenterX() - fm.stringWidth(t) / 2.0;
        g.drawString(t, (float) x, (float) (top + fm.getAscent()));
        return top + fm.getHeight() * 1.1;
    }
}
