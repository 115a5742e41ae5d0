package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.shared.Text;

/**
 * Recognises the header row of a wide table: 序号/编号; 一级指标/类别/领域/维度; 二级指标/指标/指标名称; 单位; 属性; 备注;
 * year columns such as {@code 2022年预期}, {@code 2022年 预期}, {@code 2025年目标值}, {@code 2022}, {@code 2022年(目标)}
 * (targets), {@code 2020年实际/完成/现状} (actuals), {@code 2020年基期值/(基期)/基数} (baseline).
 */
public final class Headers {
    private static final Pattern YEAR = Pattern.compile("((?:19|20|21)\\d{2})年?(?:度)?(.*)");

    private Headers() {}

    /** The role of one header cell. */
    public static WideColumn column(int index, String header) {
        String h = Text.normalize(header)
                .replace("(", "")
                .replace(")", "")
                .replace("[", "")
                .replace("]", "")
                .replace("【", "")
                .replace("】", "");
        // a year typed as a number in a spreadsheet cell comes as 2020.0
        h = h.replaceFirst("^((?:19|20|21)\\d{2})\\.0+$", "$1");
        Matcher m = YEAR.matcher(h);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            String word = m.group(2);
            ColumnRole role = switch (word) {
                case "", "预期", "目标", "目标值", "预期值", "预期目标", "规划目标", "计划" -> ColumnRole.TARGET;
                case "实际", "实际值", "完成", "完成值", "现状", "现状值", "实绩", "实现", "实现值", "达到值" -> ColumnRole.ACTUAL;
                case "基期", "基期值", "基数", "基准", "基准值", "基期数" -> ColumnRole.BASELINE;
                default -> null;
            };
            if (role != null) {
                return new WideColumn(index, header.strip(), role, year);
            }
        }
        ColumnRole role = switch (h) {
            case "序号", "编号", "序", "代码", "指标编号", "指标代码" -> ColumnRole.CODE;
            case "一级指标", "类别", "领域", "维度", "指标类别", "一级" -> ColumnRole.GROUP;
            case "二级指标", "指标", "指标名称", "指标内容", "二级", "具体指标" -> ColumnRole.INDICATOR;
            case "分项", "分项名称", "子项" -> ColumnRole.PART;
            case "单位", "计量单位" -> ColumnRole.UNIT;
            case "属性", "指标属性" -> ColumnRole.ATTRIBUTE;
            case "备注", "说明" -> ColumnRole.NOTE;
            case "项目", "内容", "年份", "指标项目", "统计指标" -> ColumnRole.INDICATOR;
            // a name column that carries the unit: 指标(万人), 指标(在校学生数/万人)
            default -> h.startsWith("指标") || h.startsWith("项目") ? ColumnRole.INDICATOR : ColumnRole.IGNORE;
        };
        return new WideColumn(index, header.strip(), role, 0);
    }

    public static List<WideColumn> columns(List<String> header) {
        List<WideColumn> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            out.add(column(i, header.get(i)));
        }
        return out;
    }

    /** A header row has an indicator column and at least one year column. */
    public static boolean isHeader(List<WideColumn> columns) {
        boolean indicator = columns.stream().anyMatch(c -> c.role() == ColumnRole.INDICATOR);
        boolean year = columns.stream().anyMatch(c -> c.role().hasYear());
        return indicator && year;
    }

    /** A row that names an indicator column but no year: a header that lacks its year columns. */
    public static boolean isHeaderWithoutYears(List<WideColumn> columns) {
        return columns.stream().anyMatch(c -> c.role() == ColumnRole.INDICATOR)
                && columns.stream().noneMatch(c -> c.role().hasYear());
    }
}
