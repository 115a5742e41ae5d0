package org.plandesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.plandesk.context.AppContext;
import org.plandesk.school.BalanceCalculator;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.Figure;
import org.plandesk.school.School;
import org.plandesk.school.SchoolType;
import org.plandesk.school.Section;
import org.plandesk.school.SectionFigures;
import org.plandesk.school.SplitWeights;
import org.plandesk.school.io.SchoolColumn;
import org.plandesk.school.io.SchoolRow;
import org.plandesk.school.io.SchoolTable;

/**
 * Balance benchmark (not a test): 5,000 school sections × 10 years in 20 districts (4,000 one-section schools and
 * 500 九年一贯制 schools with a 全校 row to split). Measures computing every year's statistics in memory, importing the
 * 55,000 rows into a workspace, and computing every year from the workspace (load + compute). Run with
 * {@code mvn -Pbench package -DskipTests}.
 */
public final class BalanceBenchmark {
    private static final int YEARS = 10;

    private BalanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Random rnd = new Random(42);
        Map<Long, School> schools = new HashMap<>();
        List<SectionFigures> figures = new ArrayList<>();
        List<SchoolRow> rows = new ArrayList<>();
        long id = 1;
        for (int s = 0; s < 4500; s++, id++) {
            String district = "区" + (s % 20);
            SchoolType type = s < 2500 ? SchoolType.PRIMARY : s < 4000 ? SchoolType.JUNIOR : SchoolType.NINE_YEAR;
            School school = new School(id, "B" + id, "学校" + id, district, "", type, "公办", null, "");
            schools.put(id, school);
            for (int y = 0; y < YEARS; y++) {
                int year = 2016 + y;
                if (type == SchoolType.NINE_YEAR) {
                    add(figures, rows, school, people(rnd, id, year, Section.PRIMARY, false));
                    add(figures, rows, school, people(rnd, id, year, Section.JUNIOR, false));
                    add(
                            figures,
                            rows,
                            school,
                            SectionFigures.empty(id, year, Section.WHOLE)
                                    .with(Figure.FLOOR_AREA, 9000 * f(rnd))
                                    .with(Figure.SPORTS_AREA, 15000 * f(rnd))
                                    .with(Figure.EQUIPMENT_VALUE, 4_000_000 * f(rnd))
                                    .with(Figure.MULTIMEDIA_ROOMS, 40));
                } else {
                    add(
                            figures,
                            rows,
                            school,
                            people(rnd, id, year, type == SchoolType.PRIMARY ? Section.PRIMARY : Section.JUNIOR, true));
                }
            }
        }
        long sections =
                figures.stream().filter(f -> f.section() != Section.WHOLE).count() / YEARS;
        System.out.printf(
                "%d school sections × %d years (%d rows with the 全校 rows)%n", sections, YEARS, figures.size());
        BalanceCalculator calc = new BalanceCalculator(SplitWeights.STANDARD);
        double[] times = new double[15];
        int stages = 0;
        for (int run = 0; run < times.length; run++) {
            long t0 = System.nanoTime();
            stages = 0;
            for (int y = 0; y < YEARS; y++) {
                BalanceReport r = calc.compute(schools, figures, 2016 + y, null);
                stages += r.stages().size();
            }
            times[run] = (System.nanoTime() - t0) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(times, 5, times.length);
        Arrays.sort(warm);
        System.out.printf(
                "compute every year in memory (%d district-stage results): first run %.0f ms, "
                        + "median of warm runs %.0f ms, best %.0f ms%n",
                stages, times[0], warm[warm.length / 2], warm[0]);

        Path dir = Files.createTempDirectory("plandesk-balance-bench");
        List<SchoolColumn> columns = Arrays.asList(SchoolColumn.values());
        SchoolTable table = new SchoolTable(1, columns, List.of(), rows, List.of());
        try (AppContext ctx = AppContext.open(dir.resolve("ws"), false, Clock.systemDefaultZone())) {
            long t0 = System.nanoTime();
            ctx.schoolImports().apply(table);
            System.out.printf("import %d rows into a workspace: %.1f s%n", rows.size(), (System.nanoTime() - t0) / 1e9);
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long t1 = System.nanoTime();
                ctx.balance().reports(null);
                best = Math.min(best, (System.nanoTime() - t1) / 1e6);
            }
            System.out.printf("load and compute every year from the workspace: best of 5 %.0f ms%n", best);
            long t2 = System.nanoTime();
            ctx.balance().report(2025, null);
            System.out.printf(
                    "load and compute one year from the workspace: %.0f ms%n", (System.nanoTime() - t2) / 1e6);
        }
    }

    private static double f(Random rnd) {
        return 0.7 + rnd.nextDouble() * 0.6;
    }

    private static SectionFigures people(Random rnd, long id, int year, Section section, boolean facilities) {
        double students = 300 + rnd.nextInt(1500);
        SectionFigures f = SectionFigures.empty(id, year, section)
                .with(Figure.STUDENTS, students)
                .with(Figure.TEACHERS, Math.round(students / 14))
                .with(Figure.DEGREE_TEACHERS, Math.round(students * 0.05 * f(rnd)))
                .with(Figure.BACKBONE_TEACHERS, Math.round(students * 0.012 * f(rnd)))
                .with(Figure.PE_ART_TEACHERS, Math.round(students * 0.011 * f(rnd)));
        if (facilities) {
            f = f.with(Figure.FLOOR_AREA, students * 5.5 * f(rnd))
                    .with(Figure.SPORTS_AREA, students * 9 * f(rnd))
                    .with(Figure.EQUIPMENT_VALUE, students * 2500 * f(rnd))
                    .with(Figure.MULTIMEDIA_ROOMS, Math.round(students * 0.027 * f(rnd)));
        }
        return f;
    }

    private static void add(List<SectionFigures> figures, List<SchoolRow> rows, School school, SectionFigures f) {
        figures.add(f);
        rows.add(new SchoolRow(
                rows.size() + 2, school.withId(0), new SectionFigures(0, f.year(), f.section(), f.values())));
    }
}
