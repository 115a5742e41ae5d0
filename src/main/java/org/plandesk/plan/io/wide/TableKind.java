package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * What a table is, from its own words (never from today's date): a plan table — a 属性 column, comparator words in
 * its cells (以上, ≥, 不低于, 以内…) or 目标/预期/规划 above its header — has targets in its bare year columns; a
 * statistics table (bare figures, 统计, 在校, 情况…) has actuals there. And the unit written above a table
 * ({@code 单位：万人}), for the rows that name none.
 */
final class TableKind {
    private static final Pattern COMPARATOR =
            Pattern.compile("[≥≤≮≯<>~]|以上|以下|以内|不低于|不高于|不超过|不少于|达到|保[A-Da-d]|争[A-Da-d]");
    private static final Pattern PLAN_WORDS = Pattern.compile("目标|预期|规划|计划|行动");
    private static final Pattern STATISTICS_WORDS =
            Pattern.compile("统计|在校|情况|概况|年鉴|人数|学生数|教职工|毕业生|招生|入学率|升学率|基本情况|Item");
    private static final Pattern UNIT = Pattern.compile("(?:计量)?单位[:：]\\s*([^\\s(（,，]+)");

    private TableKind() {}

    /**
     * True when bare year columns hold actual figures: no 属性 column, no comparator words, no plan words above the
     * header, and a statistics table's signs — its words (统计, 在校, 情况 …) above or in the header, or three or more
     * year columns. Without either kind of sign the columns stay targets, as before.
     */
    static boolean statistics(List<List<String>> rows, int headerIndex, List<WideColumn> columns) {
        if (columns.stream().anyMatch(c -> c.role() == ColumnRole.ATTRIBUTE)) {
            return false;
        }
        for (int i = 0; i < headerIndex; i++) {
            for (String cell : rows.get(i)) {
                if (cell != null && PLAN_WORDS.matcher(cell).find()) {
                    return false;
                }
            }
        }
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            for (WideColumn c : columns) {
                if (c.role().hasYear()
                        && c.index() < row.size()
                        && row.get(c.index()) != null
                        && COMPARATOR
                                .matcher(Text.normalize(row.get(c.index())))
                                .find()) {
                    return false;
                }
            }
        }
        long years = columns.stream().filter(c -> c.role().hasYear()).count();
        if (years >= 3) {
            return true;
        }
        for (int i = 0; i <= headerIndex; i++) {
            for (String cell : rows.get(i)) {
                if (cell != null && STATISTICS_WORDS.matcher(cell).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The roles of a table's columns from its own words, each decision added to {@code explanations} for the preview:
     * an unnamed unit column, a name header spanning two columns, bare years as actuals (statistics table) or as
     * targets with the first year as the baseline (plan table).
     */
    static List<WideColumn> roles(
            List<List<String>> rows, int headerIndex, List<WideColumn> header, List<Problem> explanations) {
        List<WideColumn> columns = header;
        List<WideColumn> withUnits = unitCells(rows, headerIndex, columns);
        if (!withUnits.equals(columns)) {
            explanations.add(Problem.of("wide.explain.unitCells"));
            columns = withUnits;
        }
        List<WideColumn> spanned = spannedName(rows, headerIndex, columns);
        if (!spanned.equals(columns)) {
            explanations.add(Problem.of(
                    "wide.explain.spannedName",
                    spanned.stream()
                            .filter(c -> c.role() == ColumnRole.INDICATOR)
                            .findFirst()
                            .map(WideColumn::header)
                            .orElse("")));
            columns = spanned;
        }
        if (statistics(rows, headerIndex, columns)) {
            List<WideColumn> actuals = bareYearsAsActuals(columns);
            if (!actuals.equals(columns)) {
                explanations.add(Problem.of("wide.explain.statistics"));
            }
            columns = actuals;
        } else {
            if (!bareYearsAsActuals(columns).equals(columns)) {
                explanations.add(Problem.of("wide.explain.plan"));
            }
            List<WideColumn> baselines = planBaselines(columns);
            for (int i = 0; i < columns.size(); i++) {
                if (baselines.get(i) != columns.get(i)) {
                    explanations.add(Problem.of(
                            "wide.explain.baseline",
                            columns.get(i).header(),
                            columns.get(i).year()));
                }
            }
            columns = baselines;
        }
        return columns;
    }

    /** Bare year columns ({@code 2020}, {@code 2020年}) of a statistics table read as actuals. */
    static List<WideColumn> bareYearsAsActuals(List<WideColumn> columns) {
        List<WideColumn> out = new ArrayList<>();
        for (WideColumn c : columns) {
            boolean bare = c.role() == ColumnRole.TARGET
                    && Text.normalize(c.header()).replaceAll("[()（）]", "").matches("(19|20|21)\\d{2}年?度?");
            out.add(bare ? new WideColumn(c.index(), c.header(), ColumnRole.ACTUAL, c.year()) : c);
        }
        return out;
    }

    /**
     * The baseline columns of a plan table: its earliest year when that lies before every target year and the column
     * is headed by the bare year with a gap of years after it (a 十四五 table's {@code 2020年 | 2025年}: 2020 is the
     * baseline; {@code 2024 | 2025 | 2026} are three targets) or by 现状/实现值 (the state the plan starts from). A
     * column headed 实际 or 完成 stays an actual.
     */
    static List<WideColumn> planBaselines(List<WideColumn> columns) {
        int earliest = columns.stream()
                .filter(c -> c.role() == ColumnRole.TARGET || c.role() == ColumnRole.ACTUAL)
                .mapToInt(WideColumn::year)
                .min()
                .orElse(0);
        int nextTarget = columns.stream()
                .filter(c -> c.role() == ColumnRole.TARGET && c.year() > earliest)
                .mapToInt(WideColumn::year)
                .min()
                .orElse(0);
        if (earliest == 0 || nextTarget == 0) {
            return columns;
        }
        // consecutive bare years (2024 | 2025 | 2026) are a plan's yearly targets; a gap after the first year
        // (2020 | 2025, 2015 | 2020) marks the year the plan starts from
        boolean gap = nextTarget - earliest >= 2;
        List<WideColumn> out = new ArrayList<>();
        for (WideColumn c : columns) {
            String word =
                    Text.normalize(c.header()).replaceAll("[()（）\\s]", "").replaceFirst("^(19|20|21)\\d{2}年?度?", "");
            boolean start = c.year() == earliest
                    && ((c.role() == ColumnRole.TARGET && word.isEmpty() && gap)
                            || (c.role() == ColumnRole.ACTUAL && word.matches("现状值?|实现值?")));
            out.add(start ? new WideColumn(c.index(), c.header(), ColumnRole.BASELINE, c.year()) : c);
        }
        return out;
    }

    /**
     * A name header merged over two columns ({@code 指 标} over 类别 | 名称, as in an Excel header whose cell spans both):
     * the first column holds the 类别, which continues down merged cells, and the second the indicators. Recognised
     * when the header cell after the name column is empty and that column holds text, never a figure.
     */
    static List<WideColumn> spannedName(List<List<String>> rows, int headerIndex, List<WideColumn> columns) {
        if (columns.stream().anyMatch(c -> c.role() == ColumnRole.GROUP)) {
            return columns;
        }
        for (int i = 0; i + 1 < columns.size(); i++) {
            WideColumn name = columns.get(i);
            WideColumn next = columns.get(i + 1);
            // the merged cell comes as an empty cell, or filled with the same text
            boolean spanned = next.role() == ColumnRole.IGNORE && next.header().isBlank()
                    || next.role() == ColumnRole.INDICATOR && next.header().equals(name.header());
            if (name.role() != ColumnRole.INDICATOR || !spanned) {
                continue;
            }
            int text = 0;
            for (int r = headerIndex + 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String cell = next.index() < row.size() && row.get(next.index()) != null
                        ? row.get(next.index()).strip()
                        : "";
                if (cell.isEmpty()) {
                    continue;
                }
                if (cell.matches("[-+]?[\\d.,]+%?")) {
                    return columns;
                }
                text++;
            }
            if (text >= 2) {
                List<WideColumn> out = new ArrayList<>(columns);
                out.set(i, new WideColumn(name.index(), name.header(), ColumnRole.GROUP, 0));
                out.set(i + 1, new WideColumn(next.index(), name.header(), ColumnRole.INDICATOR, 0));
                return out;
            }
        }
        return columns;
    }

    private static final Pattern UNIT_CELL = Pattern.compile("[(（]\\s*[^()（）\\s]{1,6}\\s*[)）]");

    /**
     * A yearbook's unnamed unit column: a column without a header whose cells, where there are any, are units in
     * brackets ({@code (所)} on the 学校数 block row, {@code (人)} on the 在校学生数 one). Its unit holds for the rows
     * below it until the next one. An English {@code (unit)} column beside it stays ignored.
     */
    static List<WideColumn> unitCells(List<List<String>> rows, int headerIndex, List<WideColumn> columns) {
        if (columns.stream().anyMatch(c -> c.role() == ColumnRole.UNIT)) {
            return columns;
        }
        for (WideColumn c : columns) {
            // without a header of its own: empty, or filled from a merged header cell with its neighbour's text
            boolean unnamed = c.header().isBlank()
                    || c.index() > 0
                            && c.header().equals(columns.get(c.index() - 1).header());
            if ((c.role() != ColumnRole.IGNORE && c.role() != ColumnRole.INDICATOR) || !unnamed) {
                continue;
            }
            int units = 0;
            boolean other = false;
            for (int r = headerIndex + 1; r < rows.size() && !other; r++) {
                List<String> row = rows.get(r);
                String cell = c.index() < row.size() && row.get(c.index()) != null
                        ? Text.normalize(row.get(c.index())).strip()
                        : "";
                String left = c.index() > 0 && c.index() - 1 < row.size() && row.get(c.index() - 1) != null
                        ? Text.normalize(row.get(c.index() - 1)).strip()
                        : "";
                // a name merged over the unit column comes filled into it: that is no content of its own
                if (cell.isEmpty() || cell.equals(left)) {
                    continue;
                }
                if (UNIT_CELL.matcher(cell).matches() && cell.matches(".*[\\u4e00-\\u9fff%‰].*")) {
                    units++;
                } else {
                    other = true;
                }
            }
            if (!other && units >= 1) {
                List<WideColumn> out = new ArrayList<>(columns);
                out.set(columns.indexOf(c), new WideColumn(c.index(), "", ColumnRole.UNIT, 0));
                return out;
            }
        }
        return columns;
    }

    /**
     * The first column below a header that names no indicator column which holds Chinese text in at least two rows
     * (not a 序号 column, not an English gloss), or -1.
     */
    static int firstTextColumn(List<List<String>> rows, int headerIndex, List<WideColumn> columns) {
        for (WideColumn c : columns) {
            if (c.role() != ColumnRole.IGNORE && c.role() != ColumnRole.GROUP) {
                continue;
            }
            int text = 0;
            for (int r = headerIndex + 1; r < rows.size() && text < 2; r++) {
                List<String> row = rows.get(r);
                String cell = c.index() < row.size() && row.get(c.index()) != null ? row.get(c.index()) : "";
                if (cell.matches("(?s).*[\\u4e00-\\u9fff].*")) {
                    text++;
                }
            }
            if (text >= 2) {
                return c.index();
            }
        }
        return -1;
    }

    /** The unit written above the header ({@code 单位:人}, {@code 计量单位：万元}), or empty. */
    static String unitAbove(List<List<String>> rows, int headerIndex) {
        for (int i = 0; i < headerIndex; i++) {
            for (String cell : rows.get(i)) {
                if (cell != null) {
                    Matcher m = UNIT.matcher(cell);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        return "";
    }
}
