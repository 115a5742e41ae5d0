package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plandesk.shared.ChartFonts;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled font shows Chinese in the UI (JavaFX) and in charts (Java2D), whatever the machine has installed. */
class FontsTest {
    private static final String SAMPLE = "教育规划";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void chartFontCanDisplayChinese() {
        ChartFonts fonts = ChartFonts.register();
        Font font = fonts.font(Font.PLAIN, 28f);
        assertThat(font.getFamily(Locale.ROOT)).isEqualTo(ChartFonts.FAMILY);
        assertThat(font.canDisplayUpTo(SAMPLE)).isEqualTo(-1);
        assertThat(Arrays.asList(
                        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)))
                .contains(ChartFonts.FAMILY);
    }

    @Test
    void uiFontRendersEachCharacterAsItsOwnGlyph() throws Exception {
        javafx.scene.text.Font font = WaitForAsyncUtils.asyncFx(UiFonts::load).get();
        assertThat(font.getFamily()).isEqualTo(ChartFonts.FAMILY);
        Set<String> glyphs = new HashSet<>();
        for (char c : SAMPLE.toCharArray()) {
            String pixels = WaitForAsyncUtils.asyncFx(
                            () -> render(String.valueOf(c), javafx.scene.text.Font.font(ChartFonts.FAMILY, 32)))
                    .get();
            assertThat(pixels).as("glyph of %s is not blank", c).contains("#");
            glyphs.add(pixels);
        }
        // A missing glyph renders as the same box (or nothing) for every character.
        assertThat(glyphs).hasSize(SAMPLE.length());
    }

    private static String render(String text, javafx.scene.text.Font font) {
        Text t = new Text(text);
        t.setFont(font);
        WritableImage img = t.snapshot(new SnapshotParameters(), null);
        PixelReader r = img.getPixelReader();
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                sb.append(r.getColor(x, y).getBrightness() < 0.5 ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
