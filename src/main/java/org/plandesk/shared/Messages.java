package org.plandesk.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one message bundle: every user-visible string goes through here (DESIGN D8). Chinese is the default. */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "org.plandesk.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages for a language tag such as {@code zh} or {@code en}; anything else gives Chinese. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? ENGLISH : CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(plain(args));
    }

    /**
     * A menu label as a window title: without its mnemonic markup ("新增任务(_A)…" gives "新增任务…", "_Export…"
     * gives "Export…"), so that no dialog title shows an underscore.
     */
    public String title(String key, Object... args) {
        return get(key, args).replaceAll("\\(_[\\p{Alnum}]\\)", "").replace("_", "");
    }

    public String format(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    /** Numbers are passed as text so that MessageFormat does not group digits (2000, not 2,000). */
    private static Object[] plain(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Number n && !(args[i] instanceof Double)
                    ? n.toString()
                    : args[i] instanceof Double d ? Numbers.format(d) : args[i];
        }
        return out;
    }
}
