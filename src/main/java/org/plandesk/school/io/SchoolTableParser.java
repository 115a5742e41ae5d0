package org.plandesk.school.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plandesk.io.RawTable;
import org.plandesk.school.Figure;
import org.plandesk.school.FigureValues;
import org.plandesk.school.School;
import org.plandesk.school.SchoolType;
import org.plandesk.school.Section;
import org.plandesk.school.SectionFigures;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;
import org.plandesk.shared.Text;

/**
 * Reads a school table (one row per school section and year) into rows, checking every cell: the school's type and
 * section agree, years and counts are whole numbers, figures are non-negative numbers, a school is described the same
 * way on every row, and no section appears twice in a year. Every problem carries its row and column.
 */
public final class SchoolTableParser {
    private static final int HEADER_SEARCH = 20;

    public SchoolTable parse(RawTable raw) {
        List<List<String>> rows = raw.rows();
        int headerIndex = findHeader(rows);
        List<RowProblem> problems = new ArrayList<>();
        if (headerIndex < 0) {
            problems.add(new RowProblem(
                    0, "", Problem.of("school.noHeader", SchoolColumn.CODE.header(), SchoolColumn.SECTION.header())));
            return new SchoolTable(0, List.of(), List.of(), List.of(), problems);
        }
        List<String> header = rows.get(headerIndex);
        List<SchoolColumn> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<SchoolColumn, Integer> index = new EnumMap<>(SchoolColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            SchoolColumn c = SchoolColumn.of(h).orElse(null);
            if (c != null && index.containsKey(c)) {
                problems.add(new RowProblem(headerIndex + 1, h, Problem.of("school.duplicateColumn", h)));
            } else if (c != null) {
                index.put(c, i);
            } else if (!h.isEmpty()) {
                ignored.add(h);
            }
            columns.add(c);
        }
        for (SchoolColumn c : SchoolColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                problems.add(
                        new RowProblem(headerIndex + 1, c.header(), Problem.of("school.missingColumn", c.header())));
            }
        }
        if (!problems.isEmpty()) {
            return new SchoolTable(headerIndex + 1, columns, ignored, List.of(), problems);
        }
        List<SchoolRow> out = new ArrayList<>();
        Map<String, School> schools = new HashMap<>();
        Map<String, Integer> schoolLine = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (isBlank(row) || isNote(row) || isRepeatedHeader(row, index)) {
                continue;
            }
            int line = r + 1;
            int before = problems.size();
            Cells cells = new Cells(row, index, line, problems);
            SchoolRow parsed = row(cells, line);
            if (parsed == null || problems.size() > before) {
                continue;
            }
            School s = parsed.school();
            School first = schools.putIfAbsent(s.code(), s);
            if (first != null && !sameSchool(first, s)) {
                problems.add(new RowProblem(
                        line,
                        SchoolColumn.CODE.header(),
                        Problem.of("school.inconsistent", s.code(), schoolLine.get(s.code()))));
                continue;
            }
            schoolLine.putIfAbsent(s.code(), line);
            String key = s.code() + "|" + parsed.figures().year() + "|"
                    + parsed.figures().section();
            if (!seen.add(key)) {
                problems.add(new RowProblem(
                        line,
                        SchoolColumn.SECTION.header(),
                        Problem.of(
                                "school.duplicateRow",
                                s.name(),
                                parsed.figures().year(),
                                parsed.figures().section().label())));
                continue;
            }
            out.add(parsed);
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(0, "", Problem.of("school.noRows")));
        }
        return new SchoolTable(headerIndex + 1, columns, ignored, out, problems);
    }

    private static SchoolRow row(Cells c, int line) {
        String code = c.required(SchoolColumn.CODE);
        String name = c.required(SchoolColumn.NAME);
        String district = c.required(SchoolColumn.DISTRICT);
        SchoolType type = null;
        String typeText = c.text(SchoolColumn.TYPE);
        if (typeText.isEmpty()) {
            c.problem(SchoolColumn.TYPE, Problem.of("school.blank", SchoolColumn.TYPE.header()));
        } else {
            type = SchoolType.parse(typeText).orElse(null);
            if (type == null) {
                c.problem(SchoolColumn.TYPE, Problem.of("school.badType", typeText));
            }
        }
        String ownership = c.text(SchoolColumn.OWNERSHIP);
        if (!ownership.isEmpty() && !ownership.equals("公办") && !ownership.equals("民办")) {
            c.problem(SchoolColumn.OWNERSHIP, Problem.of("school.badOwnership", ownership));
        }
        Integer year = c.year();
        Section section = null;
        String sectionText = c.text(SchoolColumn.SECTION);
        if (sectionText.isEmpty()) {
            c.problem(SchoolColumn.SECTION, Problem.of("school.blank", SchoolColumn.SECTION.header()));
        } else {
            section = Section.parse(sectionText).orElse(null);
            if (section == null) {
                c.problem(SchoolColumn.SECTION, Problem.of("school.badSection", sectionText));
            } else if (type != null && !type.allows(section)) {
                c.problem(
                        SchoolColumn.SECTION,
                        Problem.of(
                                section == Section.WHOLE ? "school.wholeNotAllowed" : "school.sectionNotInType",
                                section.label(),
                                type.label()));
            }
        }
        Integer campuses = c.wholeNumber(SchoolColumn.CAMPUSES);
        double[] values = new double[Figure.values().length];
        for (SchoolColumn col : SchoolColumn.values()) {
            if (col.figure() != null) {
                values[col.figure().ordinal()] = c.figure(col);
            }
        }
        if (year == null || section == null || type == null || code.isEmpty() || name.isEmpty()) {
            return null;
        }
        if (section != Section.WHOLE && c.text(SchoolColumn.STUDENTS).isEmpty()) {
            c.problem(SchoolColumn.STUDENTS, Problem.of("school.blank", SchoolColumn.STUDENTS.header()));
        }
        School school = new School(
                0,
                code,
                name,
                district,
                c.text(SchoolColumn.STREET),
                type,
                ownership,
                campuses,
                c.text(SchoolColumn.GROUP));
        return new SchoolRow(line, school, new SectionFigures(0, year, section, values));
    }

    private static boolean sameSchool(School a, School b) {
        return a.name().equals(b.name()) && a.district().equals(b.district()) && a.type() == b.type();
    }

    /** The cells of one row with the checks that report problems at their place. */
    private static final class Cells {
        private final List<String> row;
        private final Map<SchoolColumn, Integer> index;
        private final int line;
        private final List<RowProblem> problems;

        Cells(List<String> row, Map<SchoolColumn, Integer> index, int line, List<RowProblem> problems) {
            this.row = row;
            this.index = index;
            this.line = line;
            this.problems = problems;
        }

        String text(SchoolColumn c) {
            Integer i = index.get(c);
            if (i == null || i >= row.size() || row.get(i) == null) {
                return "";
            }
            return row.get(i).replace('\u00a0', ' ').replace('\u3000', ' ').strip();
        }

        String required(SchoolColumn c) {
            String t = text(c);
            if (t.isEmpty()) {
                problem(c, Problem.of("school.blank", c.header()));
            }
            return t;
        }

        void problem(SchoolColumn c, Problem p) {
            problems.add(new RowProblem(line, c.header(), p));
        }

        Integer year() {
            String t = Text.normalize(text(SchoolColumn.YEAR)).replaceAll("年(度)?$", "");
            if (t.isEmpty()) {
                problem(SchoolColumn.YEAR, Problem.of("school.blank", SchoolColumn.YEAR.header()));
                return null;
            }
            Double d = Numbers.parse(t);
            if (d == null || d != Math.rint(d) || d < 1949 || d > 2100) {
                problem(SchoolColumn.YEAR, Problem.of("school.badYear", text(SchoolColumn.YEAR)));
                return null;
            }
            return d.intValue();
        }

        Integer wholeNumber(SchoolColumn c) {
            String t = Text.normalize(text(c));
            if (t.isEmpty()) {
                return null;
            }
            Double d = Numbers.parse(t);
            if (d == null || d < 0 || d != Math.rint(d)) {
                problem(c, Problem.of("school.notWhole", text(c)));
                return null;
            }
            return d.intValue();
        }

        /** A figure: blank or a dash is "not reported" (NaN); see {@link FigureValues}. */
        double figure(SchoolColumn c) {
            FigureValues.Parsed p = FigureValues.parse(c.figure(), text(c));
            if (!p.ok()) {
                problem(c, p.problem());
            }
            return p.value();
        }
    }

    private static int findHeader(List<List<String>> rows) {
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH); r++) {
            Set<SchoolColumn> found = new HashSet<>();
            for (String cell : rows.get(r)) {
                SchoolColumn.of(cell == null ? "" : cell).ifPresent(found::add);
            }
            if (found.contains(SchoolColumn.CODE) && found.contains(SchoolColumn.SECTION)
                    || found.contains(SchoolColumn.NAME) && found.contains(SchoolColumn.STUDENTS)) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static boolean isNote(List<String> row) {
        String first = row.isEmpty() || row.get(0) == null ? "" : row.get(0).strip();
        return first.startsWith("注") && row.stream().skip(1).allMatch(c -> c == null || c.isBlank());
    }

    private static boolean isRepeatedHeader(List<String> row, Map<SchoolColumn, Integer> index) {
        Integer i = index.get(SchoolColumn.CODE);
        return i != null
                && i < row.size()
                && SchoolColumn.of(row.get(i) == null ? "" : row.get(i))
                        .filter(c -> c == SchoolColumn.CODE)
                        .isPresent();
    }
}
