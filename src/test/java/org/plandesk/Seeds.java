package org.plandesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The five seed documents, copied from {@code ../shared/seeds/} into the test resources so tests run anywhere. */
public final class Seeds {
    private Seeds() {}

    public static List<String> lines(String file) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(Seeds.class.getResourceAsStream("/org/plandesk/seeds/" + file), file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
