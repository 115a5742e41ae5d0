package org.plandesk.shared;

import java.util.List;

/**
 * A problem with a user's input, as a message key and its arguments, rendered in the user's language by {@link Messages}.
 * Code below the UI reports problems this way so that it never chooses a language itself.
 */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
