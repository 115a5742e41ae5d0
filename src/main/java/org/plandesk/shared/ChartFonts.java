package org.plandesk.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * The CJK font that ships with PlanDesk (WenQuanYi Micro Hei, Apache-2.0), registered for Java2D so that charts and
 * exports show Chinese on a machine without Chinese fonts (DESIGN D7).
 */
public final class ChartFonts {
    /** Resource path of the bundled font collection. */
    public static final String RESOURCE = "/org/plandesk/fonts/wqy-microhei.ttc";
    /** Family name of the bundled font. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private final Font base;

    private ChartFonts(Font base) {
        this.base = base;
    }

    /** Loads the bundled font and registers it with Java2D. */
    public static ChartFonts register() {
        try (InputStream in = Objects.requireNonNull(ChartFonts.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            Font[] fonts = Font.createFonts(in);
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            Font regular = fonts[0];
            for (Font f : fonts) {
                ge.registerFont(f);
                if (FAMILY.equals(f.getFamily(Locale.ROOT))) {
                    regular = f;
                }
            }
            return new ChartFonts(regular);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font is damaged", e);
        }
    }

    /** The bundled font at a size and style. */
    public Font font(int style, float size) {
        return base.deriveFont(style, size);
    }
}
