package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;

/** Bare year columns are read from the table's own words: targets in a plan table, actuals in a statistics table. */
class TableKindTest {
    private static WideTable parse(String tsv) throws Exception {
        return new WideTableParser().parse(TableFiles.text(tsv, "t"), "测试", Map.of());
    }

    @Test
    void aStatisticsTableWithAUnitAboveItsHeaderHasActuals() throws Exception {
        WideTable t = parse("各类学校在校学生情况\n单位：万人\n项目\t2019\t2020\t2021\n 小学\t10.5\t11\t11.2\n");
        // the preview says where each indicator's unit came from
        assertThat(t.indicators())
                .extracting(WideTable.FoundIndicator::unitFrom)
                .containsExactly("unitFrom.above");
        assertThat(t.rows()).hasSize(3).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(LongRow.Kind.ACTUAL);
            assertThat(r.unit()).isEqualTo("万人");
            assertThat(r.indicator()).isEqualTo("小学");
        });
    }

    @Test
    void planTablesKeepTargetsInBareYearColumns() throws Exception {
        WideTable withAttribute = parse("指标\t属性\t2024\t2025\t2026\n覆盖率(%)\t约束性\t90\t92\t95\n");
        assertThat(withAttribute.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(LongRow.Kind.TARGET));
        WideTable withWords = parse("在校生情况\n指标\t2024\t2025\t2026\n覆盖率(%)\t90以上\t92\t95\n");
        assertThat(withWords.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(LongRow.Kind.TARGET));
        WideTable noSigns = parse("二级指标\t2024年\t2025年\n覆盖率(%)\t90\t92\n");
        assertThat(noSigns.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(LongRow.Kind.TARGET));
    }

    @Test
    void aNameColumnMayCarryTheUnitInItsHeader() throws Exception {
        WideTable t = parse("指标(万人)\t2019年\t2020年\t2021年\n在校生\t1\t2\t3\n");
        assertThat(t.rows())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.indicator()).isEqualTo("在校生"));
    }

    @Test
    void aPlanTablesFirstYearBeforeAGapIsItsBaselineAndSaysSo() throws Exception {
        // a 十四五 table: 2020年 | 2025年, with 目标 in its title
        WideTable fiveYear = parse("“十四五”教育发展主要目标\n指标\t2020年\t2025年\n毛入园率(%)\t90\t95以上\n");
        assertThat(fiveYear.rows())
                .extracting(r -> r.year() + " " + r.kind())
                .containsExactly("2020 BASELINE", "2025 TARGET");
        assertThat(fiveYear.explanations()).anySatisfy(p -> assertThat(p.key()).isEqualTo("wide.explain.baseline"));
        // 现状/实现值 before the targets is the starting point; 实际 stays an actual
        WideTable achieved = parse("指标\t2015年目标值\t2010年实现值\n受教育年限(年)\t12.2\t9.5\n");
        assertThat(achieved.rows())
                .extracting(r -> r.year() + " " + r.kind())
                .containsExactlyInAnyOrder("2015 TARGET", "2010 BASELINE");
        WideTable actual = parse("指标\t2025年目标\t2024年实际\n毛入园率(%)\t95\t93\n");
        assertThat(actual.rows())
                .extracting(r -> r.year() + " " + r.kind())
                .containsExactlyInAnyOrder("2025 TARGET", "2024 ACTUAL");
    }

    @Test
    void aNameHeaderSpanningTwoColumnsHasTheCategoryFirst() throws Exception {
        WideTable t = parse("指 标\t\t单位\t2015年\t2020年\n学前教育\t幼儿在园人数\t万人\t181\t222\n" + "\t学前三年入园率\t%\t97\t97\n");
        assertThat(t.indicators())
                .extracting(i -> i.group() + "/" + i.name())
                .containsExactly("学前教育/幼儿在园人数", "学前教育/学前三年入园率");
    }

    @Test
    void yearsDownTheRowsAreTurnedRound() throws Exception {
        WideTable t = parse("单位:万人\n年份\t全国学龄儿童数\t入学率(%) Net Enrolment Rate\n"
                + "1965\t11603.2\t84.7\n1980\t12219.6\t93.0\n1985\t10362.3\t95.9\n注:1991年以前按7-11周岁计算\n"
                + "*从1991年起按各地入学年龄分别计算。\n");
        // the footnote is a note, not a fourth indicator
        assertThat(t.indicators()).hasSize(2);
        assertThat(t.notes()).hasSize(2);
        assertThat(t.rows())
                .extracting(r -> r.indicator() + " " + r.unit() + " " + r.year() + " " + r.kind() + " " + r.value())
                .contains("全国学龄儿童数 万人 1965 ACTUAL 11603.2", "入学率 % 1985 ACTUAL 95.9");
        assertThat(t.rows()).hasSize(6);
        assertThat(t.notes()).startsWith("注:1991年以前按7-11周岁计算");
        assertThat(t.explanations()).anySatisfy(p -> assertThat(p.key()).isEqualTo("wide.explain.turned"));
    }

    @Test
    void numberingInNamesGoesToTheCodeAndAnEnglishGlossIsDropped() throws Exception {
        WideTable t = parse("各级各类学校专任教师情况\n单位:万人\n项目\t2007\t2008\t2009\n"
                + "一、高等教育 Higher Education\t\t\t\n"
                + "(一)普通高等学校 Regular HEIs\t116.83\t123.75\t129.52\n"
                + " 1、本科院校 University\t71.72\t85.6\t89.6\n"
                + "(二)成人高等学校 Adult HEIs\t8.02\t5.32\t5.04\n"
                + " 1、本科院校\t1\t2\t3\n");
        assertThat(t.indicators())
                .extracting(i -> i.code() + " " + i.name())
                .containsExactly("一 高等教育", "一.(一) 普通高等学校", "一.(一).1 本科院校", "一.(二) 成人高等学校", "一.(二).1 本科院校");
    }

    @Test
    void aMultiLineNameWithQiZhongIsOneIndicatorWithAPartPerLine() throws Exception {
        // as Excel copies a cell with Alt+Enter: in quotes, one line per sub-item
        WideTable t = parse("义务教育基本情况\n指标\t2019\t2020\t2021\n\"大班额比例(%)\n其中:小学\n初中\"\t\"34.52%\n77.34%\"\t"
                + "\"30.1%\n70.2%\"\t\"/\"\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows())
                .extracting(r -> r.indicator() + " " + r.part() + " " + r.unit() + " " + r.year() + " " + r.value())
                .containsExactly(
                        "大班额比例 小学 % 2019 34.52",
                        "大班额比例 初中 % 2019 77.34", "大班额比例 小学 % 2020 30.1", "大班额比例 初中 % 2020 70.2");
    }

    @Test
    void aLoneSlashIsNoValueAndASourceLineIsANote() throws Exception {
        WideTable t = parse("在校生情况\n指标\t2019\t2020\t2021\n在校生(万人)\t/\t12\t13\n资料来源：市教育局\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows()).extracting(r -> r.part() + r.year()).containsExactly("2020", "2021");
        assertThat(t.notes()).containsExactly("资料来源：市教育局");
    }

    @Test
    void aUnitInsideAValueCellIsPointedOutNeverDroppedSilently() throws Exception {
        WideTable t = parse("在校生情况\n单位：万人\n指标\t2019\t2020\t2021\n在校生\t12.5\t1261人\t13\n");
        assertThat(t.rows()).extracting(r -> r.year() + " " + r.value()).contains("2020 1261.0");
        assertThat(t.explanations()).anySatisfy(p -> assertThat(p.key()).isEqualTo("wide.explain.valueUnit"));
    }
}
