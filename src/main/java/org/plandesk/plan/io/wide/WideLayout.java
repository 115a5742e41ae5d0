package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.plandesk.plan.ActualEntry;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.IndicatorGroup;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.TargetEntry;
import org.plandesk.plan.TargetExpression;
import org.plandesk.plan.TargetParseException;
import org.plandesk.shared.Numbers;

/**
 * A plan laid out as planners' wide tables: 序号 | 一级指标 | 二级指标 | 分项 | 单位, then per year the target column and,
 * beside it, the actual column (and baseline columns where there are baselines). One row per part.
 */
public final class WideLayout {
    /** One cell: its text, and its number when the cell is a plain figure (so spreadsheets get numbers). */
    public record Cell(String text, Double number) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null);
        }
    }

    private final List<String> header = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<String> groupOfRow = new ArrayList<>();

    public static WideLayout of(PlanData d) {
        WideLayout l = new WideLayout();
        TreeSet<Integer> targetYears = new TreeSet<>();
        TreeSet<Integer> actualYears = new TreeSet<>();
        TreeSet<Integer> baselineYears = new TreeSet<>();
        for (Indicator i : d.indicators()) {
            for (Part p : d.parts(i)) {
                targetYears.addAll(d.targets(p).keySet());
                actualYears.addAll(d.actuals(p).keySet());
                baselineYears.addAll(d.baselines(p).keySet());
            }
        }
        TreeSet<Integer> years = new TreeSet<>(targetYears);
        years.addAll(actualYears);
        years.addAll(baselineYears);
        l.header.addAll(List.of("序号", "一级指标", "二级指标", "分项", "单位"));
        List<int[]> yearColumns = new ArrayList<>();
        for (int y : years) {
            if (baselineYears.contains(y)) {
                l.header.add(y + "年基期值");
                yearColumns.add(new int[] {y, 2});
            }
            if (targetYears.contains(y)) {
                l.header.add(y + "年目标");
                yearColumns.add(new int[] {y, 0});
            }
            if (actualYears.contains(y)) {
                l.header.add(y + "年实际");
                yearColumns.add(new int[] {y, 1});
            }
        }
        for (Indicator i : d.indicators()) {
            String group = d.group(i).map(IndicatorGroup::name).orElse("");
            for (Part p : d.parts(i)) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(i.code()));
                row.add(Cell.of(group));
                row.add(Cell.of(i.name()));
                row.add(Cell.of(p.name()));
                row.add(Cell.of(p.unitOr(i.unit())));
                for (int[] yc : yearColumns) {
                    row.add(
                            switch (yc[1]) {
                                case 0 ->
                                    d.target(p, yc[0])
                                            .map(t -> target(t, i.direction()))
                                            .orElse(Cell.of(""));
                                case 1 ->
                                    d.actual(p, yc[0]).map(WideLayout::figure).orElse(Cell.of(""));
                                default ->
                                    d.baseline(p, yc[0]).map(WideLayout::figure).orElse(Cell.of(""));
                            });
                }
                l.rows.add(row);
                l.groupOfRow.add(group);
            }
        }
        return l;
    }

    /** The target as written when it reads back as the same target, else its compact form. */
    private static Cell target(TargetEntry t, Direction direction) {
        String text = t.target().text();
        boolean readsBack;
        try {
            readsBack =
                    text != null && !text.isBlank() && t.target().sameAs(TargetExpression.parseOne(text, direction));
        } catch (TargetParseException e) {
            readsBack = false;
        }
        String shown = readsBack ? text : t.target().display();
        return new Cell(shown, Numbers.parse(shown));
    }

    private static Cell figure(ActualEntry a) {
        if (a.grade() != null) {
            return Cell.of(a.grade());
        }
        String text = a.text() != null && !a.text().isBlank() && Numbers.parse(a.text()) != null
                ? a.text()
                : Numbers.format(a.value());
        return new Cell(text, a.value());
    }

    /**
     * The plan's note as 注 lines below the table (a line that starts with 注 or 来源 as it is, others with 注：), so
     * that importing the table again gives the note back.
     */
    public static List<String> noteLines(PlanData d) {
        String note = d.plan().note() == null ? "" : d.plan().note();
        return note.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("注") || l.matches("^(资料|数据)?来源\\s*[:：].*") ? l : "注：" + l)
                .toList();
    }

    public List<String> header() {
        return header;
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    /** The group of each row, for merging group cells. */
    public List<String> groups() {
        return groupOfRow;
    }
}
