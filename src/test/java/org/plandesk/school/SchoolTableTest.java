package org.plandesk.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plandesk.io.TableFiles;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolRow;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.io.SchoolTableWriter;
import org.plandesk.shared.RowProblem;

/** Reading and writing school tables: the example file, encodings, XLSX, and every kind of bad cell. */
class SchoolTableTest {
    private static final String HEADER = "学校代码,学校名称,区县,学校类型,办学性质,年份,学部,在校生数,专任教师数,高于规定学历教师数,"
            + "县级以上骨干教师数,体育艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值,网络多媒体教室数\n";

    private static SchoolTable parse(byte[] bytes, String name) throws Exception {
        return new SchoolTableParser().parse(TableFiles.read(bytes, name, null));
    }

    private static SchoolTable parse(String csv) throws Exception {
        return parse(csv.getBytes(StandardCharsets.UTF_8), "t.csv");
    }

    @Test
    void theFictitiousExampleSaysSoAndReadsWithoutProblems() throws Exception {
        String text = new String(ExampleSchools.bytes(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("示例", "虚构");
        assertThat(ExampleSchools.FILE_NAME).contains("示例", "虚构");
        SchoolTable t = parse(ExampleSchools.bytes(), "example.csv");
        assertThat(t.problems()).isEmpty();
        assertThat(t.headerRow()).isEqualTo(2);
        assertThat(t.rows()).hasSize(40);
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.school().name()).contains("示例", "虚构"));
        assertThat(t.rows())
                .filteredOn(r -> r.figures().section() == Section.WHOLE)
                .hasSize(4);
        SchoolRow nine = t.rows().stream()
                .filter(r -> r.school().type() == SchoolType.NINE_YEAR)
                .findFirst()
                .orElseThrow();
        assertThat(nine.figures().section()).isEqualTo(Section.WHOLE);
        assertThat(nine.figures().has(Figure.FLOOR_AREA)).isTrue();
        assertThat(nine.figures().has(Figure.STUDENTS)).isFalse();
    }

    @Test
    void gbkCsvAndTabSeparatedTextAndXlsxGiveTheSameRows() throws Exception {
        byte[] utf8 = ExampleSchools.bytes();
        String text = new String(utf8, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<SchoolRow> expected = parse(utf8, "a.csv").rows();
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        assertThat(parse(gbk, "b.csv").rows()).isEqualTo(expected);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SchoolTableWriter.xlsx(expected, xlsx);
        assertThat(lines(parse(xlsx.toByteArray(), "c.xlsx").rows())).isEqualTo(lines(expected));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        SchoolTableWriter.csv(expected, csv);
        assertThat(lines(parse(csv.toByteArray(), "d.csv").rows())).isEqualTo(lines(expected));
    }

    /** Rows without their line numbers (a written table has no title row). */
    private static List<String> lines(List<SchoolRow> rows) {
        return rows.stream().map(r -> r.school() + " " + r.figures()).toList();
    }

    @Test
    void fullWidthDigitsThousandsSeparatorsUnitsAndDashesAreRead() throws Exception {
        SchoolTable t = parse(HEADER + "X1,甲小学,东区,小学,公办,２０２４,小学部,\"1,200\",80,60,12,11,5400m²,—,240万元,30\n");
        assertThat(t.problems()).isEmpty();
        SectionFigures f = t.rows().get(0).figures();
        assertThat(f.year()).isEqualTo(2024);
        assertThat(f.section()).isEqualTo(Section.PRIMARY);
        assertThat(f.get(Figure.STUDENTS)).isEqualTo(1200);
        assertThat(f.get(Figure.FLOOR_AREA)).isEqualTo(5400);
        assertThat(f.has(Figure.SPORTS_AREA)).isFalse();
        assertThat(f.get(Figure.EQUIPMENT_VALUE)).isEqualTo(2_400_000);
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumnAndNoRowIsKept() throws Exception {
        SchoolTable t = parse(HEADER
                + "A1,甲小学,东区,小学,公办,2024,小学,800,50,40,9,8,4000,7000,1800000,20\n" // row 2 fine
                + "A2,乙小学,东区,大学,公办,2024,小学,800,50,40,9,8,4000,7000,1800000,20\n" // 3 type
                + "A3,丙小学,东区,小学,公办,2024,初中,800,50,40,9,8,4000,7000,1800000,20\n" // 4 section vs type
                + "A4,丁小学,东区,小学,公办,2024,小学,-5,50,40,9,8,4000,7000,1800000,20\n" // 5 negative
                + "A5,戊小学,东区,小学,公办,2024,小学,800,50.5,40,9,8,4000,7000,1800000,20\n" // 6 fraction of a count
                + "A6,己小学,东区,小学,公办,24年,小学,800,50,40,9,8,4000,7000,1800000,20\n" // 7 year
                + "A1,甲小学,东区,小学,公办,2024,小学,800,50,40,9,8,4000,7000,1800000,20\n" // 8 twice
                + "A1,甲小学改名,东区,小学,公办,2023,小学,800,50,40,9,8,4000,7000,1800000,20\n" // 9 inconsistent
                + "A7,庚小学,东区,小学,公办,2024,全校,,,,,,4000,7000,1800000,20\n" // 10 全校 for one section
                + "A8,辛小学,东区,小学,国营,2024,小学,800,50,40,9,8,四千,7000,1800000,20\n"); // 11 ownership, number
        Map<Integer, List<RowProblem>> byRow = t.problems().stream().collect(Collectors.groupingBy(RowProblem::row));
        assertThat(byRow.keySet()).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(keys(byRow.get(3))).containsExactly("学校类型:school.badType");
        assertThat(keys(byRow.get(4))).containsExactly("学部:school.sectionNotInType");
        assertThat(keys(byRow.get(5))).containsExactly("在校生数:school.negative");
        assertThat(keys(byRow.get(6))).containsExactly("专任教师数:school.notWhole");
        assertThat(keys(byRow.get(7))).containsExactly("年份:school.badYear");
        assertThat(keys(byRow.get(8))).containsExactly("学部:school.duplicateRow");
        assertThat(keys(byRow.get(9))).containsExactly("学校代码:school.inconsistent");
        assertThat(keys(byRow.get(10))).containsExactly("学部:school.wholeNotAllowed");
        assertThat(keys(byRow.get(11))).containsExactly("办学性质:school.badOwnership", "教学及辅助用房面积:school.notNumber");
    }

    private static List<String> keys(List<RowProblem> problems) {
        return problems.stream().map(p -> p.column() + ":" + p.problem().key()).toList();
    }

    @Test
    void aMissingRequiredColumnOrAnUnknownTableIsRefusedAtTheHeader() throws Exception {
        SchoolTable noStudents = parse("学校代码,学校名称,区县,学校类型,年份,学部\nA1,甲,东区,小学,2024,小学\n");
        assertThat(noStudents.problems()).extracting(p -> p.problem().key()).containsExactly("school.missingColumn");
        assertThat(noStudents.problems().get(0).problem().args()).containsExactly("在校生数");
        SchoolTable other = parse("序号,一级指标,二级指标,2024年目标\n1,好学生,体质达标率,95\n");
        assertThat(other.problems()).extracting(p -> p.problem().key()).containsExactly("school.noHeader");
        assertThat(other.rows()).isEmpty();
    }

    @Test
    void headersWithUnitsAndAliasesAreRecognisedAndUnknownOnesListed() throws Exception {
        SchoolTable t = parse("学校代码,校名,区（县）,类型,年度,学段,在校生数（人）,教学及辅助用房面积（m²）,备注\n" + "A1,甲,东区,小学,2024,小学,500,2500,新建\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.ignored()).containsExactly("备注");
        assertThat(t.rows().get(0).figures().get(Figure.FLOOR_AREA)).isEqualTo(2500);
        Map<String, SchoolRow> byCode =
                t.rows().stream().collect(Collectors.toMap(r -> r.school().code(), Function.identity()));
        assertThat(byCode.get("A1").school().district()).isEqualTo("东区");
    }

    @Test
    void aKindergartenRecordsItsFiguresAsWholeSchoolAndTheyTakeNoPartInTheStatistics() throws Exception {
        SchoolTable t = parse(HEADER + "K1,甲幼儿园,东区,幼儿园,公办,2024,全校,300,25,20,2,3,1800,1200,400000,12\n"
                + "K2,乙幼儿园,东区,幼儿园,公办,2024,小学,300,25,20,2,3,1800,1200,400000,12\n");
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.problem().key()).isEqualTo("school.sectionNotInType");
        });
        SchoolTable ok = parse(HEADER + "K1,甲幼儿园,东区,幼儿园,公办,2024,全校,300,25,20,2,3,1800,1200,400000,12\n");
        assertThat(ok.problems()).isEmpty();
        School k = ok.rows().get(0).school().withId(1);
        SectionFigures f = new SectionFigures(
                1, 2024, Section.WHOLE, ok.rows().get(0).figures().values());
        BalanceReport r = new BalanceCalculator(SplitWeights.STANDARD).compute(Map.of(1L, k), List.of(f), 2024, null);
        assertThat(r.stages()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }
}
