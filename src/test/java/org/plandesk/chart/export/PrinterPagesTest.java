package org.plandesk.chart.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the printer gets: each page whole inside the paper's printable area, and no page after the last. */
class PrinterPagesTest {
    @Test
    void aLandscapePageFillsTheLandscapePaperAndTheJobEndsAfterTheLastPage() throws Exception {
        List<AffineTransform> seen = new ArrayList<>();
        PrintPage page = new PrintPage(PrintPage.A4_LONG, PrintPage.A4_SHORT, g -> {
            seen.add(g.getTransform());
            g.setPaint(Color.BLACK);
            g.fillRect(0, 0, (int) PrintPage.A4_LONG, (int) PrintPage.A4_SHORT);
        });
        Printable printable = PrinterPages.printable(List.of(page));
        // A4 landscape in points, with 36 pt margins
        PageFormat format = new PageFormat();
        Paper paper = new Paper();
        paper.setSize(595.28, 841.89);
        paper.setImageableArea(36, 36, 595.28 - 72, 841.89 - 72);
        format.setPaper(paper);
        format.setOrientation(PageFormat.LANDSCAPE);
        BufferedImage sheet = new BufferedImage(842, 842, BufferedImage.TYPE_INT_RGB);
        var g = sheet.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, 842, 842);
        assertThat(printable.print(g, format, 0)).isEqualTo(Printable.PAGE_EXISTS);
        assertThat(printable.print(g, format, 1)).isEqualTo(Printable.NO_SUCH_PAGE);
        g.dispose();
        // the page was drawn once, scaled as large as the printable area allows: its 794 px fill the 523.28 pt height
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getScaleX()).isCloseTo((595.28 - 72) / PrintPage.A4_SHORT, offset(0.002));
        // whole: the black page ends inside the printable area, not cut off at the paper's edge
        assertThat(sheet.getRGB((int) format.getImageableX() + 5, (int) format.getImageableY() + 5) & 0xffffff)
                .isZero();
        assertThat(sheet.getRGB(
                                (int) (format.getImageableX() + format.getImageableWidth() + 3),
                                (int) format.getImageableY() + 5)
                        & 0xffffff)
                .isEqualTo(0xffffff);
    }
}
