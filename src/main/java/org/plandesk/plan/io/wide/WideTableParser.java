package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plandesk.io.RawTable;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetExpression;
import org.plandesk.plan.TargetParseException;
import org.plandesk.plan.io.FieldLimits;
import org.plandesk.plan.io.LongRow;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;
import org.plandesk.shared.Text;

/**
 * Understands a wide table (DESIGN §4): finds the header, gives each column a role and year, continues blank group
 * cells, skips repeated headers and blank rows, keeps 注 rows as notes, and reads every cell into long rows. Problems
 * are collected per cell; nothing is thrown for a bad cell.
 */
public final class WideTableParser {
    private static final int HEADER_SEARCH = 200;

    /**
     * @param table     the raw rows
     * @param plan      the plan the rows belong to
     * @param overrides column index → role and year chosen by the user (may be empty)
     */
    public WideTable parse(RawTable table, String plan, Map<Integer, WideColumn> overrides)
            throws InputRejectedException {
        List<Problem> explanations = new ArrayList<>();
        Optional<List<List<String>>> turned = YearsDownRows.turned(table.rows());
        turned.ifPresent(t -> explanations.add(Problem.of("wide.explain.turned")));
        List<List<String>> rows = turned.orElse(table.rows());
        int headerIndex = -1;
        List<WideColumn> columns = null;
        boolean headerWithoutYears = false;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH); i++) {
            List<WideColumn> candidate = Headers.columns(rows.get(i));
            if (Headers.isHeader(candidate)) {
                headerIndex = i;
                columns = candidate;
                break;
            }
            headerWithoutYears |= Headers.isHeaderWithoutYears(candidate);
        }
        if (columns == null) {
            // year columns without a recognised name column (an empty cell over the names, as yearbooks have it):
            // the first column of Chinese text below is the names, and the preview says so
            for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH) && columns == null; i++) {
                List<WideColumn> candidate = Headers.columns(rows.get(i));
                if (candidate.stream().anyMatch(c -> c.role().hasYear())) {
                    int names = TableKind.firstTextColumn(rows, i, candidate);
                    if (names >= 0) {
                        candidate = new ArrayList<>(candidate);
                        WideColumn was = candidate.get(names);
                        candidate.set(names, new WideColumn(was.index(), was.header(), ColumnRole.INDICATOR, 0));
                        columns = candidate;
                        headerIndex = i;
                        explanations.add(Problem.of("wide.explain.nameColumn", names + 1));
                    }
                }
            }
        }
        if (columns == null) {
            throw InputRejectedException.of(Problem.of(headerWithoutYears ? "wide.noYears" : "wide.noHeader"));
        }
        columns = TableKind.roles(rows, headerIndex, columns, explanations);
        String tableUnit = TableKind.unitAbove(rows, headerIndex);
        if (!tableUnit.isEmpty()) {
            explanations.add(Problem.of("wide.explain.unitAbove", tableUnit));
        }
        columns = new ArrayList<>(columns);
        for (Map.Entry<Integer, WideColumn> o : overrides.entrySet()) {
            if (o.getKey() < columns.size()) {
                columns.set(o.getKey(), o.getValue());
            }
        }
        List<ColumnRole> headerRoles = columns.stream().map(WideColumn::role).toList();
        List<LongRow> out = new ArrayList<>();
        List<WideTable.FoundIndicator> found = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        // two columns of the same year and role: which one holds the figure? Say so instead of taking the last
        Map<String, WideColumn> seen = new HashMap<>();
        for (WideColumn c : columns) {
            if (c.role().hasYear()) {
                WideColumn first = seen.putIfAbsent(c.role() + ":" + c.year(), c);
                if (first != null) {
                    problems.add(new RowProblem(
                            headerIndex + 1, c.header(), Problem.of("wide.duplicateColumn", first.header(), c.year())));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        Set<Integer> bad = new HashSet<>();
        String group = "";
        Numbering numbering = new Numbering();
        // an unnamed unit column (a yearbook's (所) on its block rows): its unit holds until the next one
        boolean blockUnits = columns.stream()
                .anyMatch(c -> c.role() == ColumnRole.UNIT && c.header().isBlank());
        String blockUnit = tableUnit;
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String first = row.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .findFirst()
                    .orElse("")
                    .strip();
            // 注 rows, source lines below the table (资料来源：…, 数据来源：…) and footnotes (*1991年以前…: a sentence
            // without figures) are the table's notes, not indicators
            boolean figures = columns.stream()
                    .anyMatch(c -> c.role().hasYear() && !cellAt(row, c.index()).isEmpty());
            boolean footnote = !figures && (first.startsWith("*") || first.startsWith("※") || first.contains("。"));
            if (first.startsWith("注") || first.matches("^(资料|数据)?来源\\s*[:：].*") || footnote) {
                notes.add(String.join(
                                " ",
                                row.stream()
                                        .filter(c -> c != null && !c.isBlank())
                                        .toList())
                        .strip());
                continue;
            }
            if (Headers.columns(row).stream().map(WideColumn::role).toList().equals(headerRoles)) {
                continue; // a header repeated after a page break
            }
            String g = cell(row, columns, ColumnRole.GROUP);
            if (!g.isEmpty()) {
                group = g.replaceAll("\\s*\\n\\s*", " ");
            }
            String name = cell(row, columns, ColumnRole.INDICATOR);
            if (name.isEmpty()) {
                if (columns.stream()
                        .anyMatch(c ->
                                c.role().hasYear() && !cellAt(row, c.index()).isEmpty())) {
                    bad.add(line);
                    problems.add(
                            new RowProblem(line, header(columns, ColumnRole.INDICATOR), Problem.of("wide.noName")));
                }
                continue;
            }
            // 一、(二)、1、 numbering inside the name goes to the code; an English gloss after the name is dropped
            Numbering.Split split = numbering.split(IndicatorNames.withoutGloss(name.strip()));
            // 大班额比例(%)⏎其中:小学⏎初中 with 34.52%⏎77.34%: one indicator, a part per line, a value per line
            List<String> subItems = IndicatorNames.subItems(split.name());
            List<String> cells = subItems.isEmpty() ? row : linesAsParts(row, columns);
            int before = problems.size();
            if (blockUnits && !unitCell(row, columns).isEmpty()) {
                blockUnit = unitCell(row, columns);
            }
            readRow(
                    cells,
                    line,
                    columns,
                    plan,
                    group,
                    split,
                    blockUnits ? blockUnit : tableUnit,
                    table.source(),
                    out,
                    found,
                    problems,
                    explanations);
            if (problems.size() > before) {
                bad.add(line);
            }
        }
        return new WideTable(
                headerIndex + 1, List.copyOf(columns), out, found, problems, notes, bad, List.copyOf(explanations));
    }

    private static void readRow(
            List<String> row,
            int line,
            List<WideColumn> columns,
            String plan,
            String group,
            Numbering.Split split,
            String tableUnit,
            String source,
            List<LongRow> out,
            List<WideTable.FoundIndicator> found,
            List<RowProblem> problems,
            List<Problem> notices) {
        int count = 1;
        boolean lower = false;
        for (WideColumn c : columns) {
            if (c.role().hasYear()) {
                String v = cellAt(row, c.index());
                // a lone / is no value, not a separator of two parts
                if (!v.isEmpty() && !isNoValue(v)) {
                    count = Math.max(count, Text.normalize(v).split("/", -1).length);
                }
                if (c.role() == ColumnRole.TARGET) {
                    String n = Text.normalize(v);
                    lower |= n.contains("≤")
                            || n.contains("<")
                            || n.contains("以下")
                            || n.contains("以内")
                            || n.contains("不超过")
                            || n.contains("不高于")
                            || n.contains("≯")
                            || n.contains("低于")
                            || n.contains("小于");
                }
            }
        }
        String partColumn = cell(row, columns, ColumnRole.PART);
        boolean explicitPart = columns.stream().anyMatch(c -> c.role() == ColumnRole.PART);
        List<String> subItems = IndicatorNames.subItems(split.name());
        IndicatorNames.Parsed parsed = subItems.isEmpty()
                ? IndicatorNames.parse(split.name(), explicitPart ? 1 : count)
                : IndicatorNames.withParts(split.name(), subItems);
        String unitColumn = unitCell(row, columns);
        String unit = !unitColumn.isEmpty() ? unitColumn : !parsed.unit().isEmpty() ? parsed.unit() : tableUnit;
        boolean blockUnit = columns.stream()
                .anyMatch(c -> c.role() == ColumnRole.UNIT && c.header().isBlank());
        String unitFrom = !unitColumn.isEmpty()
                ? (blockUnit ? "unitFrom.block" : "unitFrom.column")
                : !parsed.unit().isEmpty()
                        ? "unitFrom.name"
                        : tableUnit.isEmpty() ? "unitFrom.none" : blockUnit ? "unitFrom.block" : "unitFrom.above";
        List<String> parts =
                explicitPart ? List.of(partColumn) : parsed.parts().isEmpty() ? List.of("") : parsed.parts();
        List<String> partUnits = explicitPart || parsed.parts().isEmpty()
                ? List.of(unit)
                : unitColumn.isEmpty()
                        ? parsed.partUnits()
                        : parts.stream().map(p -> unitColumn).toList();
        String code =
                cell(row, columns, ColumnRole.CODE).isEmpty() ? split.code() : cell(row, columns, ColumnRole.CODE);
        String note = cell(row, columns, ColumnRole.NOTE);
        FieldLimits.check("indicator", parsed.name(), line, header(columns, ColumnRole.INDICATOR), problems);
        FieldLimits.check("code", code, line, header(columns, ColumnRole.CODE), problems);
        FieldLimits.check("group", group, line, header(columns, ColumnRole.GROUP), problems);
        FieldLimits.check("unit", unit, line, header(columns, ColumnRole.UNIT), problems);
        for (String part : parts) {
            FieldLimits.check("part", part, line, header(columns, ColumnRole.INDICATOR), problems);
        }
        found.add(new WideTable.FoundIndicator(
                line,
                code,
                group,
                parsed.name(),
                unit,
                explicitPart ? List.of(partColumn) : parsed.parts(),
                partUnits,
                unitFrom));
        Direction direction = lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        String where = source + " 第" + line + "行";
        for (WideColumn c : columns) {
            if (!c.role().hasYear()) {
                continue;
            }
            String v = cellAt(row, c.index());
            if (v.isEmpty() || isNoValue(v)) {
                continue;
            }
            if (c.role() == ColumnRole.TARGET) {
                List<Target> targets;
                try {
                    targets = TargetExpression.parse(v, direction);
                } catch (TargetParseException e) {
                    problems.add(new RowProblem(line, c.header(), e.problem()));
                    continue;
                }
                if (!targets.isEmpty() && targets.size() != parts.size()) {
                    problems.add(new RowProblem(
                            line, c.header(), Problem.of("target.partCount", v.strip(), parts.size(), targets.size())));
                    continue;
                }
                for (int p = 0; p < targets.size(); p++) {
                    if (targets.get(p) != null) {
                        out.add(new LongRow(
                                plan,
                                code,
                                group,
                                parsed.name(),
                                parts.get(p),
                                partUnits.get(p),
                                c.year(),
                                LongRow.Kind.TARGET,
                                targets.get(p),
                                null,
                                null,
                                targets.get(p).text(),
                                where,
                                note,
                                line));
                    }
                }
            } else {
                readFigures(
                        v, line, c, parts, partUnits, plan, code, group, parsed.name(), where, out, problems, notices);
            }
        }
    }

    private static void readFigures(
            String v,
            int line,
            WideColumn c,
            List<String> parts,
            List<String> partUnits,
            String plan,
            String code,
            String group,
            String name,
            String where,
            List<LongRow> out,
            List<RowProblem> problems,
            List<Problem> notices) {
        // cells that say there is no value (/, —) never reach here: readRow skips them (isNoValue)
        String n = Text.normalize(v);
        String[] pieces = n.split("/", -1);
        String[] written = v.strip().split("\\s*[/／]\\s*", -1);
        if (pieces.length != parts.size()) {
            problems.add(new RowProblem(
                    line, c.header(), Problem.of("target.partCount", v.strip(), parts.size(), pieces.length)));
            return;
        }
        LongRow.Kind kind = c.role() == ColumnRole.BASELINE ? LongRow.Kind.BASELINE : LongRow.Kind.ACTUAL;
        for (int p = 0; p < pieces.length; p++) {
            String piece = pieces[p].replaceAll("(%|‰|[\\u4e00-\\u9fff]+)$", "");
            String suffix = pieces[p].substring(piece.length());
            if (!suffix.isEmpty() && !suffix.equals(partUnits.get(p)) && Numbers.parse(piece) != null) {
                // 1261人 in a 万人 row: the figure is read, and the preview says that its unit differs
                notices.add(Problem.of("wide.explain.valueUnit", line, pieces[p], suffix, partUnits.get(p)));
            }
            if (pieces[p].matches("[—–\\-_－―]+")) {
                continue;
            }
            Double value = Numbers.parse(piece);
            String grade = value == null ? GradeScale.canonical(pieces[p]).orElse(null) : null;
            if (value == null && grade == null) {
                problems.add(new RowProblem(line, c.header(), Problem.of("wide.figure", pieces[p])));
                continue;
            }
            String text = written.length == pieces.length ? written[p].strip() : v.strip();
            out.add(new LongRow(
                    plan,
                    code,
                    group,
                    name,
                    parts.get(p),
                    partUnits.get(p),
                    c.year(),
                    kind,
                    null,
                    value,
                    grade,
                    text,
                    where,
                    "",
                    line));
        }
    }

    /** The row with the lines of its year cells as parts ({@code 34.52%⏎77.34%} as {@code 34.52%/77.34%}). */
    private static List<String> linesAsParts(List<String> row, List<WideColumn> columns) {
        List<String> out = new ArrayList<>(row);
        for (WideColumn c : columns) {
            if (c.role().hasYear() && c.index() < out.size() && out.get(c.index()) != null) {
                out.set(c.index(), out.get(c.index()).strip().replaceAll("\\s*\\R\\s*", "/"));
            }
        }
        return out;
    }

    /** A cell that says there is no value: {@code /}, {@code —}, {@code --}. */
    private static boolean isNoValue(String v) {
        return Text.normalize(v).strip().matches("[—–\\-/_－―]+");
    }

    /**
     * The row's unit cell without its brackets ({@code (所)} is 所); empty when the cell only repeats the cell to its
     * left (a name merged over the unit column comes filled into it).
     */
    private static String unitCell(List<String> row, List<WideColumn> columns) {
        for (WideColumn c : columns) {
            if (c.role() == ColumnRole.UNIT) {
                String cell = cellAt(row, c.index());
                return c.index() > 0 && cell.equals(cellAt(row, c.index() - 1)) ? "" : unitOf(cell);
            }
        }
        return "";
    }

    /** A unit cell without its brackets: {@code (所)} is 所. */
    private static String unitOf(String cell) {
        return cell.replaceAll("^[(（]\\s*(.*?)\\s*[)）]$", "$1");
    }

    private static String cell(List<String> row, List<WideColumn> columns, ColumnRole role) {
        for (WideColumn c : columns) {
            if (c.role() == role) {
                return cellAt(row, c.index());
            }
        }
        return "";
    }

    private static String header(List<WideColumn> columns, ColumnRole role) {
        return columns.stream()
                .filter(c -> c.role() == role)
                .map(WideColumn::header)
                .findFirst()
                .orElse("");
    }

    private static String cellAt(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
    }
}
