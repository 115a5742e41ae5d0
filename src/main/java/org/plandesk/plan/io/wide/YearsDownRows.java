package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.plandesk.shared.Text;

/**
 * A statistics table with its years down the rows (教育统计数据: 年份 | 全国学龄儿童数 | 已入学学龄儿童数 | 入学率(%),
 * then one row per year) turned round into the usual shape: one row per indicator, one column per year. The
 * indicator of a column is the lowest Chinese header cell above the first year row (a group header spanning columns
 * above it is passed over, and an English second header row too); an English gloss after the Chinese in one cell is
 * dropped. Title and 单位 lines above the header stay above it; 注 and 来源 lines below the years stay below.
 */
final class YearsDownRows {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}\\s*年?");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** At least this many year rows make a table with its years down the rows. */
    private static final int MIN_YEARS = 3;

    private YearsDownRows() {}

    /** The table turned round, when its first column lists years down the rows; else empty. */
    static Optional<List<List<String>>> turned(List<List<String>> rows) {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (isYearRow(rows.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                count++;
            } else if (first >= 0 && !blank(rows.get(i))) {
                break;
            }
        }
        if (count < MIN_YEARS || first < 1) {
            return Optional.empty();
        }
        // the row above the years is the header: words, not figures (a sheet of numbers whose first column happens
        // to reach 1952, 2013, 2074 is no table of years)
        List<String> above = rows.get(first - 1);
        boolean words = rows.subList(headerTop(rows, first), first).stream()
                .flatMap(List::stream)
                .anyMatch(c -> c != null && CJK.matcher(c).find());
        if (!words || above.stream().anyMatch(c -> c != null && c.strip().matches("[-+]?[\\d.,]+%?"))) {
            return Optional.empty();
        }
        // a table with a header of year columns above is the usual shape, whatever its first column holds (a 序号
        // of 1952 beside figures); and years down the rows are each named once
        for (int i = 0; i < first; i++) {
            if (Headers.isHeader(Headers.columns(rows.get(i)))) {
                return Optional.empty();
            }
        }
        Set<String> distinct = new HashSet<>();
        for (int i = first; i <= last; i++) {
            if (isYearRow(rows.get(i))
                    && !distinct.add(Text.normalize(rows.get(i).get(0)).strip())) {
                return Optional.empty();
            }
        }
        int headerTop = headerTop(rows, first);
        int width = 0;
        for (int i = first; i <= last; i++) {
            width = Math.max(width, rows.get(i).size());
        }
        List<String> names = new ArrayList<>();
        for (int c = 1; c < width; c++) {
            names.add(name(rows, headerTop, first, c));
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < headerTop; i++) {
            out.add(rows.get(i));
        }
        List<String> header = new ArrayList<>();
        header.add("指标");
        List<Integer> yearRows = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (isYearRow(rows.get(i))) {
                header.add(Text.normalize(rows.get(i).get(0)).strip().replaceAll("\\s+", ""));
                yearRows.add(i);
            }
        }
        out.add(header);
        for (int c = 1; c < width; c++) {
            if (names.get(c - 1).isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(names.get(c - 1));
            for (int i : yearRows) {
                List<String> r = rows.get(i);
                row.add(c < r.size() && r.get(c) != null ? r.get(c) : "");
            }
            out.add(row);
        }
        for (int i = last + 1; i < rows.size(); i++) {
            out.add(rows.get(i));
        }
        return Optional.of(out);
    }

    private static boolean isYearRow(List<String> row) {
        if (row.isEmpty() || row.get(0) == null) {
            return false;
        }
        if (!YEAR.matcher(Text.normalize(row.get(0)).strip()).matches()) {
            return false;
        }
        // a year with figures beside it (a 序号 of 2001 would have a name beside it, not figures)
        return row.stream().skip(1).anyMatch(c -> c != null && c.strip().matches("[-+]?[\\d.,]+%?"));
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    /**
     * The first header row: the highest row naming the year column (年份, Year — a Chinese header row over an English
     * one names it twice), else the row just above the years.
     */
    private static int headerTop(List<List<String>> rows, int first) {
        int top = first - 1;
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            List<String> r = rows.get(i);
            String head = r.isEmpty() || r.get(0) == null
                    ? ""
                    : Text.normalize(r.get(0)).strip();
            if (head.startsWith("年份")
                    || head.startsWith("年度")
                    || head.toLowerCase(Locale.ROOT).startsWith("year")) {
                top = i;
            }
        }
        return top;
    }

    /** The lowest Chinese header cell of a column, without an English gloss; a lone unit bracket is closed. */
    private static String name(List<List<String>> rows, int top, int first, int column) {
        for (int i = first - 1; i >= top; i--) {
            List<String> r = rows.get(i);
            String cell =
                    column < r.size() && r.get(column) != null ? r.get(column).strip() : "";
            if (!cell.isEmpty() && CJK.matcher(cell).find()) {
                String name = IndicatorNames.withoutGloss(cell);
                // 小学升初中(% — the source lost the closing bracket
                return name.replaceFirst("[(（]\\s*(%|‰)$", "($1)");
            }
        }
        return "";
    }
}
