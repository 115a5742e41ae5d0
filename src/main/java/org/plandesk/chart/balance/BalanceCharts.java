package org.plandesk.chart.balance;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.chart.PlanChart;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.BalanceReport;
import org.plandesk.shared.Messages;

/** The balance charts of a year: per district and stage the seven CVs, the CVs across years, and each indicator's bars. */
public final class BalanceCharts {
    private final Messages messages;

    public BalanceCharts(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param report the year's report
     * @param years  every year's report, oldest first, for the trend (a trend needs two years)
     */
    public List<PlanChart> all(BalanceReport report, List<BalanceReport> years) {
        List<PlanChart> out = new ArrayList<>();
        for (BalanceReport.StageResult s : report.stages()) {
            out.add(new CvChart(s, report.year(), messages));
            if (years.size() > 1) {
                out.add(new CvTrendChart(years, s.district(), s.stage(), messages));
            }
            for (BalanceIndicator b : BalanceIndicator.values()) {
                out.add(new SchoolValuesChart(s, b, report.year(), messages));
            }
        }
        return out;
    }
}
