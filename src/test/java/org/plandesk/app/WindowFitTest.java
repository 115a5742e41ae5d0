package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first window fits the screen: on a 1366×768 laptop its title bar and status bar are on screen. */
class WindowFitTest {
    private static final double NONE = Double.NaN;

    @Test
    void theFirstWindowOnASmallLaptopFitsItsUsableArea() {
        // 1366×768 with a 32 px panel at the bottom
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 736);
        Rectangle2D w = WindowFit.fit(laptop, NONE, NONE, NONE, NONE);
        assertThat(w.getHeight()).isEqualTo(736);
        assertThat(w.getWidth()).isEqualTo(1280);
        assertThat(w.getMinY()).isZero();
        assertThat(w.getMinX()).isEqualTo(43);
    }

    @Test
    void aRememberedWindowStaysItsSizeOnABigScreenAndComesBackOnScreen() {
        Rectangle2D hd = new Rectangle2D(0, 0, 1920, 1040);
        assertThat(WindowFit.fit(hd, 1500, 900, 100, 50)).isEqualTo(new Rectangle2D(100, 50, 1500, 900));
        // remembered from a larger monitor that is gone: shrunk and moved into the screen
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 736);
        assertThat(WindowFit.fit(laptop, 1900, 1000, 1800, 700)).isEqualTo(new Rectangle2D(0, 0, 1366, 736));
        // a second screen to the left (negative x) is a screen like any other
        Rectangle2D left = new Rectangle2D(-1920, 0, 1920, 1080);
        assertThat(WindowFit.fit(left, 1280, 800, -1500, 100).getMinX()).isEqualTo(-1500);
    }
}
