package org.plandesk.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.Color;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.chart.export.ChartExporter;
import org.plandesk.chart.export.ExportSize;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.shared.ChartFonts;
import org.plandesk.shared.Messages;

/**
 * An actual that misses its target in a year that has ended is told by shape and word, not by colour alone: its
 * marker is hollow and outlined in the 未达成 colour, its label says 未达成, and the legend names the mark.
 */
class MissedMarkerTest {
    private static final String CSV = """
            plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note
            区规划,1,好学生,学业水平优良率,初中,%,2022,target,>=,90,,,≥90,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,target,>=,92,,,≥92,,
            区规划,1,好学生,学业水平优良率,初中,%,2022,actual,,90.5,,,90.5,,
            区规划,1,好学生,学业水平优良率,初中,%,2023,actual,,91,,,91,,
            区规划,1,好学生,学业水平优良率,小学,%,2022,target,>=,95,,,≥95,,
            区规划,1,好学生,学业水平优良率,小学,%,2023,target,>=,96,,,≥96,,
            区规划,1,好学生,学业水平优良率,小学,%,2022,actual,,95.5,,,95.5,,
            区规划,1,好学生,学业水平优良率,小学,%,2023,actual,,96.2,,,96.2,,
            """;

    @TempDir
    Path dir;

    @Test
    void aMissedActualIsHollowOutlinedInTheMissedColourAndSaysSo() throws Exception {
        ChartTheme theme = new ChartTheme(ChartFonts.register(), ChartTheme.Variant.LIGHT);
        PlanCharts charts = new PlanCharts(new Messages(Messages.CHINESE), TestContexts.CLOCK);
        try (AppContext ctx = TestContexts.empty(dir, "m")) {
            ctx.imports().importLong(new LongCsvReader().read(CSV, null), false);
            PlanData d = ctx.plans().load(ctx.plans().find("区规划").orElseThrow().id());
            TrajectoryChart chart = charts.trajectory(d, d.indicators().get(0));
            var parts = chart.spec().parts();
            assertThat(parts.get(0).actuals())
                    .extracting(TrajectorySpec.Point::label, TrajectorySpec.Point::missed)
                    .containsExactly(tuple("90.5", false), tuple("91 未达成", true));
            assertThat(parts.get(1).actuals()).noneMatch(TrajectorySpec.Point::missed);

            StringWriter svg = new StringWriter();
            new ChartExporter(theme).svg(chart, ExportSize.FULL_HD, svg);
            String s = svg.toString();
            assertThat(s).contains(">91 未达成<", ">90.5<", ">未达成（空心）<").doesNotContain("95.5 未达成");
            Color missed = theme.status(Status.MISSED);
            String outline = "stroke:rgb(" + missed.getRed() + "," + missed.getGreen() + "," + missed.getBlue() + ")";
            // the missed marker and the legend's sample of it, each outlined and not filled in that colour
            Matcher m = Pattern.compile("style='[^']*" + Pattern.quote(outline) + "[^']*fill:none")
                    .matcher(s);
            int outlines = 0;
            while (m.find()) {
                outlines++;
            }
            assertThat(outlines).isEqualTo(2);
            String filled = "fill:rgb(" + missed.getRed() + "," + missed.getGreen() + "," + missed.getBlue() + ")";
            assertThat(s).doesNotContain(filled);
        }
    }
}
