package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plandesk.Seeds;

class TargetExpressionTest {
    private static final Direction UP = Direction.HIGHER_IS_BETTER;
    private static final Direction DOWN = Direction.LOWER_IS_BETTER;

    private static Target one(String text, Direction d) throws TargetParseException {
        return TargetExpression.parseOne(text, d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "≥2000|>=|2000",
                ">=2000|>=|2000",
                "≮25|>=|25",
                "2000以上|>=|2000",
                "不低于2000|>=|2000",
                "达到2000|>=|2000",
                "≤0.45|<=|0.45",
                "<=0.45|<=|0.45",
                "≯3|<=|3",
                "0.25以下|<=|0.25",
                "30所以内|<=|30",
                "不超过30|<=|30",
                "不高于0.5|<=|0.5",
                "<0.35|<|0.35",
                "低于0.35|<|0.35",
                "不满60|<|60",
                ">90|>|90",
                "超过1000|>|1000",
                "高于80|>|80",
                "小于0.35|<|0.35",
                "＞90|>|90",
                "≥９５|>=|95",
                "９５％以上|>=|95",
                "  ≥ 2000  |>=|2000",
                "95%以上|>=|95",
                "保持在99%以上|>=|99",
                "达到89%|>=|89",
                "=100|=|100",
                "12000人左右|=|12000",
                "10个以上|>=|10",
                "1.5倍以上|>=|1.5"
            })
    void comparatorsAndValues(String text, String comparator, double value) throws Exception {
        Target t = one(text, UP);
        assertThat(t.comparator().symbol()).isEqualTo(comparator);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.text()).isEqualTo(text.strip());
    }

    @Test
    void bareNumberFollowsTheIndicatorsDirection() throws Exception {
        assertThat(one("92", UP).comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(one("0.45", DOWN).comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(one("3%", UP).value()).isEqualTo(3.0);
    }

    @Test
    void multiPartCellsGiveOneTargetPerPartWithItsOwnText() throws Exception {
        List<Target> t = TargetExpression.parse("79/44 /92", UP);
        assertThat(t).extracting(Target::value).containsExactly(79.0, 44.0, 92.0);
        assertThat(t).extracting(Target::text).containsExactly("79", "44", "92");
        List<Target> cv = TargetExpression.parse("≤0.45/ ≤0.5", DOWN);
        assertThat(cv).extracting(Target::comparator).containsExactly(Comparator.AT_MOST, Comparator.AT_MOST);
        assertThat(cv).extracting(Target::value).containsExactly(0.45, 0.5);
        assertThat(TargetExpression.parse("4.1/ 2000", UP))
                .extracting(Target::value)
                .containsExactly(4.1, 2000.0);
        assertThat(TargetExpression.parse("1/1.5", UP))
                .extracting(Target::value)
                .containsExactly(1.0, 1.5);
        assertThat(TargetExpression.parse("1050/ 1350/ 1500", UP)).hasSize(3);
        assertThat(TargetExpression.parse("９０／９５", UP))
                .extracting(Target::value)
                .containsExactly(90.0, 95.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"63~65", "63-65", "63至65", "63～65", "６３－６５"})
    void rangesAreInclusive(String text) throws Exception {
        Target t = one(text, UP);
        assertThat(t.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(t.value()).isEqualTo(63.0);
        assertThat(t.upper()).isEqualTo(65.0);
        assertThat(StatusRules.satisfies(t, Observation.of(2024, 63))).isTrue();
        assertThat(StatusRules.satisfies(t, Observation.of(2024, 65))).isTrue();
        assertThat(StatusRules.satisfies(t, Observation.of(2024, 65.01))).isFalse();
    }

    @Test
    void grades() throws Exception {
        assertThat(one("B等", UP))
                .extracting(Target::comparator, Target::grade, Target::stretch)
                .containsExactly(Comparator.AT_LEAST, "B", null);
        assertThat(one("保B 争A", UP))
                .extracting(Target::comparator, Target::grade, Target::stretch)
                .containsExactly(Comparator.AT_LEAST, "B", "A");
        assertThat(one("保B争A", UP).grade()).isEqualTo("B");
        assertThat(one("A等", UP).grade()).isEqualTo("A");
        assertThat(one("Ⅲ级以上", UP))
                .extracting(Target::comparator, Target::grade)
                .containsExactly(Comparator.AT_LEAST, "Ⅲ");
        assertThat(one("良好以上", UP).grade()).isEqualTo("良好");
        assertThat(one("优秀", UP).grade()).isEqualTo("优秀");
    }

    @Test
    void ratiosCumulativeAndSingleYear() throws Exception {
        Target ratio = one("16:1", DOWN);
        assertThat(ratio.comparator()).isEqualTo(Comparator.AT_MOST);
        assertThat(ratio.value()).isEqualTo(16.0);
        assertThat(one("1:15", UP).value()).isEqualTo(15.0);
        assertThat(one("16：1", DOWN).value()).isEqualTo(16.0);
        Target cumulative = one("〔15000〕", UP);
        assertThat(cumulative.cumulative()).isTrue();
        assertThat(cumulative.value()).isEqualTo(15000.0);
        Target single = one("80（单年）", UP);
        assertThat(single.singleYear()).isTrue();
        assertThat(single.value()).isEqualTo(80.0);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {"—", "-", "/", "''", "——", "－"})
    void dashesAndEmptyMeanNoValue(String text) throws Exception {
        assertThat(TargetExpression.parse(text, UP)).isEmpty();
    }

    @Test
    void unreadableTextSaysWhatWasExpected() {
        assertThatThrownBy(() -> one("约95", UP))
                .isInstanceOf(TargetParseException.class)
                .satisfies(e -> {
                    var p = ((TargetParseException) e).problem();
                    assertThat(p.key()).isEqualTo("target.unrecognizedWithNumber");
                    assertThat(p.args()).containsExactly("约95", "95");
                });
        assertThatThrownBy(() -> one("很多", UP))
                .isInstanceOf(TargetParseException.class)
                .extracting(e -> ((TargetParseException) e).problem().key())
                .isEqualTo("target.unrecognized");
        assertThatThrownBy(() -> TargetExpression.parse("79//92", UP)).isInstanceOf(TargetParseException.class);
        assertThatThrownBy(() -> one("65~63", UP)).isInstanceOf(TargetParseException.class);
        assertThatThrownBy(() -> one("不超过95%以上", UP)).isInstanceOf(TargetParseException.class);
        assertThatThrownBy(() -> one("79/44", UP))
                .isInstanceOf(TargetParseException.class)
                .extracting(e -> ((TargetParseException) e).problem().key())
                .isEqualTo("target.partCount");
    }

    /** Every target cell of the table in the seed document 003 parses, with the part counts of its indicators. */
    @Test
    void everyCellOfTheQiantangTable() throws IOException, TargetParseException {
        List<String> cells = new ArrayList<>();
        List<Integer> partCounts = new ArrayList<>();
        int[] expectedParts = {0, 1, 3, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 2, 1, 2, 1, 3, 1, 1, 1, 1};
        for (String line : Seeds.lines("003_51df2b538ea5f98f.txt")) {
            String[] c = line.split("\t");
            if (c.length >= 6 && c[0].strip().matches("\\d+")) {
                int code = Integer.parseInt(c[0].strip());
                for (int i = 3; i < 6; i++) {
                    cells.add(c[i]);
                    partCounts.add(expectedParts[code]);
                }
            }
        }
        assertThat(cells).hasSize(84);
        for (int i = 0; i < cells.size(); i++) {
            Direction d = i / 3 == 16 ? DOWN : UP;
            List<Target> parsed = TargetExpression.parse(cells.get(i), d);
            assertThat(parsed).as(cells.get(i)).hasSize(partCounts.get(i)).doesNotContainNull();
        }
        assertThat(TargetExpression.parse("≤0.25/ ≤0.3", DOWN))
                .extracting(Target::value)
                .containsExactly(0.25, 0.3);
    }
}
