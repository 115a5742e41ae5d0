package org.plandesk.chart.export;

/**
 * The size of an exported chart: logical width and height in pixels, and a scale (1×, 2×, 3×) for the pixel count.
 * Layout follows the logical size, so a 2× PNG looks the same, only sharper.
 */
public record ExportSize(int width, int height, int scale) {
    public static final ExportSize FULL_HD = new ExportSize(1920, 1080, 1);
    public static final ExportSize HD = new ExportSize(1280, 720, 1);
    /** A4 landscape at 300 dpi. */
    public static final ExportSize A4_300DPI = new ExportSize(3508, 2480, 1);

    public ExportSize {
        if (width < 200 || height < 150 || width > 12000 || height > 12000) {
            throw new IllegalArgumentException("size out of range: " + width + "×" + height);
        }
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3: " + scale);
        }
        if ((long) width * height * scale * scale > 120_000_000L) {
            throw new IllegalArgumentException("image too large: " + width * scale + "×" + height * scale);
        }
    }

    public ExportSize withScale(int s) {
        return new ExportSize(width, height, s);
    }

    public int pixelWidth() {
        return width * scale;
    }

    public int pixelHeight() {
        return height * scale;
    }
}
