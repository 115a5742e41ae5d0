package org.plandesk.school.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fictitious example school table (示例, 虚构) shipped with PlanDesk for trying the registry and the balance
 * statistics. Its schools, districts (示例区, 示例新区) and figures are made up; the sample workspace does not load it.
 */
public final class ExampleSchools {
    /** The name offered when a user saves a copy. */
    public static final String FILE_NAME = "示例学校表（虚构）.csv";

    private static final String RESOURCE = "/org/plandesk/sample/example-schools-fictitious.csv";

    private ExampleSchools() {}

    /** The table's bytes (UTF-8 with BOM). */
    public static byte[] bytes() {
        try (InputStream in = ExampleSchools.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("example school table missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
