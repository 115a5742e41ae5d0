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
}
