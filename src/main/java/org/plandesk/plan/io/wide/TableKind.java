package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
