package org.plandesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.scene.text.Font;
import org.plandesk.shared.ChartFonts;

/** Registers the bundled CJK font with JavaFX; the stylesheet names its family (DESIGN D7). */
public final class UiFonts {
    private UiFonts() {}

    /** Loads the bundled font collection into JavaFX and returns its regular face. */
    public static Font load() {
        try (InputStream in = Objects.requireNonNull(UiFonts.class.getResourceAsStream(ChartFonts.RESOURCE))) {
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("JavaFX could not load the bundled font");
            }
            for (Font f : fonts) {
                if (ChartFonts.FAMILY.equals(f.getFamily())) {
                    return f;
                }
            }
            return fonts[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
