package org.plandesk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalanceCalculatorTest {
    private static final int YEAR = 2024;
    private final BalanceCalculator calculator = new BalanceCalculator(SplitWeights.STANDARD);

    @Test
    void thePublishedWorkedExampleIsWeightedAndTheUnweightedFigureWouldWronglyPass() {
        double[] students = {45, 37, 89, 76, 55};
        double[] books = {279, 137, 935, 160, 402};
        double[] perStudent = new double[5];
        for (int i = 0; i < 5; i++) {
            perStudent[i] = books[i] / students[i];
        }
        WeightedStats weighted = WeightedStats.of(students, perStudent);
        WeightedStats unweighted = WeightedStats.unweighted(perStudent);
        assertThat(weighted.cv()).isCloseTo(0.515, within(0.0005));
        assertThat(unweighted.cv()).isCloseTo(0.489, within(0.0005));
        assertThat(weighted.cv()).isGreaterThan(BalanceIndicator.cvThreshold(Section.PRIMARY));
        assertThat(unweighted.cv()).isLessThan(BalanceIndicator.cvThreshold(Section.PRIMARY));
        assertThat(weighted.mean()).isCloseTo(1913.0 / 302, within(1e-12));
    }

    @Test
    void aValueExactlyAtTheStandardIsMetAndExactly85PercentOfItForTheSeventhComplies() {
        double[] atStandard = standards(Section.PRIMARY);
        Compliance all = Compliance.judge(Section.PRIMARY, atStandard);
        assertThat(all.met()).isEqualTo(7);
        assertThat(all.compliant()).isTrue();

        double[] oneAt85 = atStandard.clone();
        oneAt85[BalanceIndicator.SPORTS_AREA.ordinal()] = 7.5 * 0.85;
        Compliance six = Compliance.judge(Section.PRIMARY, oneAt85);
        assertThat(six.met()).isEqualTo(6);
        assertThat(six.compliant()).isTrue();
        assertThat(six.shortfalls())
                .singleElement()
                .satisfies(s -> assertThat(s.indicator()).isEqualTo(BalanceIndicator.SPORTS_AREA));

        double[] below85 = atStandard.clone();
        below85[BalanceIndicator.SPORTS_AREA.ordinal()] = 7.5 * 0.84;
        assertThat(Compliance.judge(Section.PRIMARY, below85).compliant()).isFalse();

        double[] twoShort = oneAt85.clone();
        twoShort[BalanceIndicator.EQUIPMENT_VALUE.ordinal()] = 1999;
        Compliance five = Compliance.judge(Section.PRIMARY, twoShort);
        assertThat(five.met()).isEqualTo(5);
        assertThat(five.compliant()).isFalse();
    }

    @Test
    void figuresComputedByDivisionAtTheStandardAreMet() {
        // 42 teachers for 1000 students is 4.2 per hundred, which floating point computes as 4.2000000000000002.
        // 53 for 1000 junior students is 5.3.
        School s = school(1, "小学一", "示例区", SchoolType.PRIMARY);
        SectionFigures f = figures(1, Section.PRIMARY, 1000, 42, 10, 9, 4500, 7500, 2_000_000, 23);
        BalanceReport r = calculator.compute(Map.of(1L, s), List.of(f), YEAR, null);
        assertThat(r.stages().get(0).sections().get(0).compliance().met()).isEqualTo(7);
        SectionFigures j = figures(1, Section.JUNIOR, 1000, 53, 10, 9, 5800, 10200, 2_500_000, 24);
        School junior = school(1, "初中一", "示例区", SchoolType.JUNIOR);
        assertThat(calculator
                        .compute(Map.of(1L, junior), List.of(j), YEAR, null)
                        .stages()
                        .get(0)
                        .sections()
                        .get(0)
                        .compliance()
                        .met())
                .isEqualTo(7);
    }

    @Test
    void aWholeSchoolRowIsSplitByStudentsWeightedOneToOnePointOne() {
        School nine = school(7, "九年一贯", "示例区", SchoolType.NINE_YEAR);
        SectionFigures primary =
                figures(7, Section.PRIMARY, 600, 30, 6, 6, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        SectionFigures junior =
                figures(7, Section.JUNIOR, 400, 25, 4, 4, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        SectionFigures whole = SectionFigures.empty(7, YEAR, Section.WHOLE)
                .with(Figure.FLOOR_AREA, 5_200)
                .with(Figure.SPORTS_AREA, 10_400)
                .with(Figure.EQUIPMENT_VALUE, 2_080_000)
                .with(Figure.MULTIMEDIA_ROOMS, 26);
        var split = new SectionSplitter(SplitWeights.STANDARD).split(nine, List.of(whole, primary, junior));
        // weights 600 × 1 = 600 and 400 × 1.1 = 440: shares 600/1040 and 440/1040
        assertThat(split.sections().get(Section.PRIMARY)[Figure.FLOOR_AREA.ordinal()])
                .isCloseTo(3000, within(1e-9));
        assertThat(split.sections().get(Section.JUNIOR)[Figure.FLOOR_AREA.ordinal()])
                .isCloseTo(2200, within(1e-9));
        assertThat(split.sections().get(Section.JUNIOR)[Figure.MULTIMEDIA_ROOMS.ordinal()])
                .isCloseTo(11, within(1e-9));
        // the school's two sections land in the two stages of its district
        BalanceReport r = calculator.compute(Map.of(7L, nine), List.of(whole, primary, junior), YEAR, null);
        assertThat(r.stages())
                .extracting(BalanceReport.StageResult::stage)
                .containsExactly(Section.PRIMARY, Section.JUNIOR);
        assertThat(r.stages().get(0).sections().get(0).value(BalanceIndicator.FLOOR_AREA))
                .isCloseTo(5.0, within(1e-9));
        assertThat(r.stages().get(1).sections().get(0).value(BalanceIndicator.FLOOR_AREA))
                .isCloseTo(5.5, within(1e-9));
    }

    @Test
    void completeSecondarySchoolsSplitOneToOnePointTwoAndOtherWeightsAreASetting() {
        School complete = school(8, "完中", "示例区", SchoolType.COMPLETE_SECONDARY);
        SectionFigures junior =
                figures(8, Section.JUNIOR, 500, 30, 6, 6, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        SectionFigures senior =
                figures(8, Section.SENIOR, 500, 30, 6, 6, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        SectionFigures whole = SectionFigures.empty(8, YEAR, Section.WHOLE).with(Figure.FLOOR_AREA, 11_000);
        var split = new SectionSplitter(SplitWeights.STANDARD).split(complete, List.of(whole, junior, senior));
        assertThat(split.sections().get(Section.JUNIOR)[Figure.FLOOR_AREA.ordinal()])
                .isCloseTo(5000, within(1e-9));
        assertThat(split.sections().get(Section.SENIOR)[Figure.FLOOR_AREA.ordinal()])
                .isCloseTo(6000, within(1e-9));
        var even = new SectionSplitter(new SplitWeights(1, 1)).split(complete, List.of(whole, junior, senior));
        assertThat(even.sections().get(Section.JUNIOR)[Figure.FLOOR_AREA.ordinal()])
                .isCloseTo(5500, within(1e-9));
    }

    @Test
    void aDistrictWithASingleSchoolHasNoSpread() {
        School s = school(1, "唯一小学", "山区县", SchoolType.PRIMARY);
        BalanceReport r = calculator.compute(
                Map.of(1L, s), List.of(figures(1, Section.PRIMARY, 300, 20, 5, 4, 1500, 3000, 700_000, 9)), YEAR, null);
        BalanceReport.StageResult stage = r.stages().get(0);
        assertThat(stage.indicators()).allSatisfy(i -> {
            assertThat(i.cv()).isZero();
            assertThat(i.pass()).isTrue();
        });
        assertThat(stage.compositeCv()).isZero();
    }

    @Test
    void sectionsWithoutStudentsAreLeftOutWithAWarning() {
        School a = school(1, "甲小学", "示例区", SchoolType.PRIMARY);
        School b = school(2, "乙小学", "示例区", SchoolType.PRIMARY);
        List<SectionFigures> rows = new ArrayList<>();
        rows.add(figures(1, Section.PRIMARY, 400, 20, 5, 4, 2000, 4000, 900_000, 10));
        rows.add(figures(2, Section.PRIMARY, 0, 20, 5, 4, 2000, 4000, 900_000, 10));
        BalanceReport r = calculator.compute(Map.of(1L, a, 2L, b), rows, YEAR, null);
        BalanceReport.StageResult stage = r.stages().get(0);
        assertThat(stage.sections()).extracting(s -> s.school().name()).containsExactly("甲小学");
        assertThat(stage.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("balance.noStudents");
            assertThat(w.args()).contains("乙小学");
        });
        assertThat(stage.indicator(BalanceIndicator.FLOOR_AREA).stats().n()).isEqualTo(1);
    }

    @Test
    void eachDistrictAndStageIsJudgedOnItsOwnAndTheFilterKeepsOneDistrict() {
        School a = school(1, "甲", "东区", SchoolType.PRIMARY);
        School b = school(2, "乙", "东区", SchoolType.PRIMARY);
        School c = school(3, "丙", "西区", SchoolType.PRIMARY);
        List<SectionFigures> rows = List.of(
                figures(1, Section.PRIMARY, 100, 5, 1, 1, 500, 800, 200_000, 3),
                figures(2, Section.PRIMARY, 300, 12, 3, 3, 1200, 2100, 600_000, 7),
                figures(3, Section.PRIMARY, 200, 9, 2, 2, 900, 1500, 400_000, 5));
        Map<Long, School> schools = Map.of(1L, a, 2L, b, 3L, c);
        BalanceReport all = calculator.compute(schools, rows, YEAR, null);
        assertThat(all.stages()).extracting(BalanceReport.StageResult::district).containsExactly("东区", "西区");
        // degree teachers per hundred: 5 and 4 with 100 and 300 students → mean 4.25, sd √(0.1875)
        BalanceReport.IndicatorStat degree =
                all.stage("东区", Section.PRIMARY).orElseThrow().indicator(BalanceIndicator.DEGREE_TEACHERS);
        assertThat(degree.stats().mean()).isCloseTo(4.25, within(1e-12));
        assertThat(degree.stats().sd()).isCloseTo(Math.sqrt(0.1875), within(1e-12));
        assertThat(degree.cv()).isCloseTo(Math.sqrt(0.1875) / 4.25, within(1e-12));
        BalanceReport west = calculator.compute(schools, rows, YEAR, "西区");
        assertThat(west.stages())
                .extracting(BalanceReport.StageResult::district)
                .containsExactly("西区");
    }

    @Test
    void otherYearsAndHighSchoolSectionsDoNotCount() {
        School s = school(1, "完中", "示例区", SchoolType.COMPLETE_SECONDARY);
        SectionFigures senior = figures(1, Section.SENIOR, 800, 50, 8, 8, 5000, 9000, 2_000_000, 20);
        SectionFigures lastYear = new SectionFigures(
                1,
                YEAR - 1,
                Section.JUNIOR,
                figures(1, Section.JUNIOR, 500, 30, 5, 5, 3000, 6000, 1_300_000, 12)
                        .values());
        assertThat(calculator
                        .compute(Map.of(1L, s), List.of(senior, lastYear), YEAR, null)
                        .stages())
                .isEmpty();
    }

    private static double[] standards(Section stage) {
        double[] v = new double[7];
        for (BalanceIndicator b : BalanceIndicator.values()) {
            v[b.ordinal()] = b.standard(stage);
        }
        return v;
    }

    static School school(long id, String name, String district, SchoolType type) {
        return new School(id, "S" + id, name, district, "", type, "公办", null, "");
    }

    static SectionFigures figures(
            long schoolId,
            Section section,
            double students,
            double degree,
            double backbone,
            double peArt,
            double floor,
            double sports,
            double equipment,
            double rooms) {
        return SectionFigures.empty(schoolId, YEAR, section)
                .with(Figure.STUDENTS, students)
                .with(Figure.TEACHERS, Double.isNaN(degree) ? Double.NaN : degree + 5)
                .with(Figure.DEGREE_TEACHERS, degree)
                .with(Figure.BACKBONE_TEACHERS, backbone)
                .with(Figure.PE_ART_TEACHERS, peArt)
                .with(Figure.FLOOR_AREA, floor)
                .with(Figure.SPORTS_AREA, sports)
                .with(Figure.EQUIPMENT_VALUE, equipment)
                .with(Figure.MULTIMEDIA_ROOMS, rooms);
    }
}
