package org.plandesk.chart.export;

import java.util.Locale;

/** Export formats of charts. */
public enum ChartFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf"),
    PPTX("pptx");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ChartFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
