package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Status;
import org.plandesk.shared.Messages;

class IndicatorRowsTest {
    @TempDir
    Path dir;

    @Test
    void cellsCarryTheRuleAndTheFilterKeepsWhatWasAskedFor() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long id = ctx.plans().find("钱塘优学").orElseThrow().id();
            var d = ctx.plans().load(id);
            var ind17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            ctx.plans().setActual(d.parts(ind17).get(0).id(), 2022, 0.44, null, "0.44", "", "");
            ctx.plans().setActual(d.parts(ind17).get(1).id(), 2022, 0.55, null, "0.55", "", "");
            Map<String, List<IndicatorRow>> rows =
                    IndicatorRows.build(ctx.plans().load(id), 2026);
            IndicatorRow junior = rows.get("好学校 全域遍布").stream()
                    .filter(r -> r.part().equals("初中"))
                    .findFirst()
                    .orElseThrow();
            YearCell c = junior.cell(2022);
            assertThat(c.status()).isEqualTo(Status.MET);
            Messages zh = new Messages(Messages.CHINESE);
            assertThat(zh.get(
                            "status.ruleMet",
                            c.actual(),
                            c.sign(),
                            c.bound(),
                            zh.get(c.status().messageKey())))
                    .isEqualTo("实际 0.44 ≤ 目标 0.45，达成");

            var missed = IndicatorRows.filter(rows, "", Status.MISSED);
            assertThat(missed).containsOnlyKeys("好学校 全域遍布");
            assertThat(missed.get("好学校 全域遍布"))
                    .extracting(IndicatorRow::part, IndicatorRow::code)
                    .containsExactly(Tuple.tuple("小学", "17"));
            var byText = IndicatorRows.filter(rows, "体质", null);
            assertThat(byText.values().stream().flatMap(List::stream).map(IndicatorRow::name))
                    .containsExactly("中小學生体质健康达标率");
            assertThat(IndicatorRows.filter(rows, "", null)).isSameAs(rows);
        }
    }
}
