package org.plandesk.shared;

import java.util.OptionalDouble;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What PlanDesk remembers between runs (language, window geometry, last plan), in a {@link Preferences} node that the
 * caller chooses: the user's node in the app, a throw-away node in tests.
 */
public final class Settings {
    private static final String LANGUAGE = "language";
    private final Preferences node;

    public Settings(Preferences node) {
        this.node = node;
    }

    /** The user's PlanDesk preferences. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/plandesk"));
    }

    /** {@code zh} (default) or {@code en}. */
    public String language() {
        String lang = node.get(LANGUAGE, "zh");
        return "en".equals(lang) ? "en" : "zh";
    }

    public void setLanguage(String language) {
        node.put(LANGUAGE, "en".equals(language) ? "en" : "zh");
        flush();
    }

    public OptionalDouble getDouble(String key) {
        double v = node.getDouble(key, Double.NaN);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }

    public long getLong(String key, long fallback) {
        return node.getLong(key, fallback);
    }

    public void putLong(String key, long value) {
        node.putLong(key, value);
    }

    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }

    /** Writes pending changes to the backing store; failure to remember is not worth stopping the user for. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // preferences are a convenience; the workspace holds the user's data
        }
    }
}
