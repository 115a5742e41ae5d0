package org.plandesk.plan.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.io.CsvTables;
import org.plandesk.plan.Comparator;
import org.plandesk.plan.Direction;
import org.plandesk.plan.GradeScale;
import org.plandesk.plan.Target;
import org.plandesk.plan.TargetExpression;
import org.plandesk.plan.TargetParseException;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.KeyLines;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.RowProblem;
import org.plandesk.shared.Text;

/**
 * Reads and validates a long CSV. Every problem is collected with its row and column; when there is any, the whole
 * file is rejected.
 */
public final class LongCsvReader {
    /** Problems listed one by one; past this many, one more line says how many were not listed. */
    public static final int MAX_LISTED_PROBLEMS = 1000;

    /** Receives the valid rows of a long CSV as they are read. */
    @FunctionalInterface
    public interface RowSink {
        void accept(LongRow row);
    }

    /**
     * @param text        the file's text
     * @param defaultPlan the plan for rows whose {@code plan} cell is empty, or null
     */
    public List<LongRow> read(String text, String defaultPlan) throws InputRejectedException {
        List<LongRow> out = new ArrayList<>();
        read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), defaultPlan, out::add);
        return out;
    }

    /**
     * Reads a long CSV one row at a time, without holding the file: each valid row goes to {@code sink} as soon as it
     * is read. The whole file is checked all the same; when it has any problem, this throws at the end with every
     * problem, and the caller undoes what the sink did (the import is one transaction).
     */
    public void read(Reader in, String defaultPlan, RowSink sink) throws InputRejectedException {
        List<RowProblem> problems = new ArrayList<>();
        int[] unlisted = {0};
        KeyLines seen = new KeyLines();
        boolean[] header = {false};
        try {
            CsvTables.stream(in, (r, line) -> {
                if (!header[0]) {
                    if (!LongCsv.matches(r)) {
                        throw new WrongHeader();
                    }
                    header[0] = true;
                    return;
                }
                if (r.stream().allMatch(String::isBlank)) {
                    return;
                }
                List<RowProblem> found = new ArrayList<>(0);
                LongRow row = row(r, line, defaultPlan, found);
                if (row != null) {
                    int earlier = seen.putIfAbsent(
                            String.join(
                                    "\u0000",
                                    row.plan(),
                                    row.code(),
                                    row.indicator(),
                                    row.part(),
                                    Integer.toString(row.year()),
                                    row.kind().name()),
                            line);
                    if (earlier >= 0) {
                        found.add(new RowProblem(line, "year", Problem.of("longcsv.duplicate", earlier)));
                    } else if (problems.isEmpty()) {
                        sink.accept(row);
                    }
                }
                for (RowProblem p : found) {
                    if (problems.size() < MAX_LISTED_PROBLEMS) {
                        problems.add(p);
                    } else {
                        unlisted[0]++;
                    }
                }
            });
        } catch (WrongHeader e) {
            throw InputRejectedException.of(Problem.of("longcsv.header", String.join(",", LongCsv.HEADER)));
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("csv.broken", String.valueOf(e.getMessage())));
        }
        if (!header[0]) {
            throw InputRejectedException.of(Problem.of("csv.empty"));
        }
        if (unlisted[0] > 0) {
            problems.add(new RowProblem(0, "", Problem.of("longcsv.moreProblems", unlisted[0])));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
    }

    /** The first row is not the long CSV's header: nothing else is read. */
    private static final class WrongHeader extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongHeader() {
            super(null, null, false, false);
        }
    }

    private static LongRow row(List<String> r, int line, String defaultPlan, List<RowProblem> problems) {
        int before = problems.size();
        for (int c = 0; c < LongCsv.HEADER.size() && c < r.size(); c++) {
            String column = LongCsv.HEADER.get(c);
            FieldLimits.check(column, r.get(c), line, column, problems);
        }
        String plan = CsvTables.cell(r, 0);
        if (plan.isEmpty()) {
            plan = defaultPlan == null ? "" : defaultPlan;
        }
        if (plan.isEmpty()) {
            problems.add(new RowProblem(line, "plan", Problem.of("longcsv.noPlan")));
        }
        String indicator = CsvTables.cell(r, 3);
        if (indicator.isEmpty()) {
            problems.add(new RowProblem(line, "indicator", Problem.of("longcsv.noIndicator")));
        }
        String yearText = CsvTables.cell(r, 6);
        int year = 0;
        if (!yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 1900 || Integer.parseInt(yearText) > 2200) {
            problems.add(new RowProblem(line, "year", Problem.of("longcsv.year", yearText)));
        } else {
            year = Integer.parseInt(yearText);
        }
        String kindText = CsvTables.cell(r, 7);
        LongRow.Kind kind = LongRow.Kind.fromCode(kindText);
        if (kind == null) {
            problems.add(new RowProblem(line, "kind", Problem.of("longcsv.kind", kindText)));
        }
        String text = CsvTables.cell(r, 12);
        Target target = null;
        Double value = null;
        String grade = null;
        if (kind == LongRow.Kind.TARGET) {
            target = target(r, line, text, problems);
        } else if (kind != null) {
            String v = CsvTables.cell(r, 9);
            if (!CsvTables.cell(r, 8).isEmpty()) {
                problems.add(new RowProblem(line, "comparator", Problem.of("longcsv.comparatorOnActual")));
            }
            value = Numbers.parse(v);
            if (value == null) {
                grade = GradeScale.canonical(v).orElse(null);
                if (grade == null) {
                    problems.add(new RowProblem(line, "value", Problem.of("longcsv.value", v)));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new LongRow(
                plan,
                CsvTables.cell(r, 1),
                CsvTables.cell(r, 2),
                indicator,
                CsvTables.cell(r, 4),
                CsvTables.cell(r, 5),
                year,
                kind,
                target,
                value,
                grade,
                text,
                CsvTables.cell(r, 13),
                CsvTables.cell(r, 14),
                line);
    }

    private static Target target(List<String> r, int line, String text, List<RowProblem> problems) {
        String comparatorText = CsvTables.cell(r, 8);
        String v = CsvTables.cell(r, 9);
        if (comparatorText.isEmpty() && v.isEmpty()) {
            try {
                Target t = TargetExpression.parseOne(text, Direction.HIGHER_IS_BETTER);
                if (t == null) {
                    problems.add(new RowProblem(line, "value", Problem.of("longcsv.noTarget")));
                }
                return t;
            } catch (TargetParseException e) {
                problems.add(new RowProblem(line, "text", e.problem()));
                return null;
            }
        }
        Comparator comparator;
        try {
            comparator = Comparator.fromSymbol(comparatorText);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(line, "comparator", Problem.of("longcsv.comparator", comparatorText)));
            return null;
        }
        String stretchText = CsvTables.cell(r, 11);
        Double number = Numbers.parse(v);
        if (number == null) {
            var grade = GradeScale.canonical(v);
            if (grade.isEmpty()) {
                problems.add(new RowProblem(line, "value", Problem.of("longcsv.value", v)));
                return null;
            }
            String stretch = null;
            if (!stretchText.isEmpty()) {
                stretch = GradeScale.canonical(stretchText).orElse(null);
                if (stretch == null) {
                    problems.add(new RowProblem(line, "stretch", Problem.of("longcsv.value", stretchText)));
                    return null;
                }
            }
            return new Target(comparator, null, null, grade.get(), stretch, text, false, false);
        }
        Double upper = null;
        if (comparator == Comparator.RANGE) {
            upper = Numbers.parse(CsvTables.cell(r, 10));
            if (upper == null || upper < number) {
                problems.add(new RowProblem(line, "upper", Problem.of("longcsv.upper", CsvTables.cell(r, 10))));
                return null;
            }
        }
        boolean cumulative = text.strip().startsWith("〔") || text.strip().startsWith("[");
        boolean singleYear = Text.normalize(text).endsWith("(单年)");
        return new Target(comparator, number, upper, null, null, text, cumulative, singleYear);
    }
}
