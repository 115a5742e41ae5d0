package org.plandesk.chart.ui;

import org.plandesk.chart.ChartTheme;
import org.plandesk.chart.export.ChartFormat;
import org.plandesk.chart.export.ExportSize;

/** What the export dialog asked for. */
public record ExportRequest(ChartFormat format, ExportSize size, ChartTheme.Variant variant) {}
