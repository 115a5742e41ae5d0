package org.plandesk.launch;

import java.lang.reflect.InvocationTargetException;

/**
 * The class {@code mvn javafx:run} starts. The javafx plugin inspects its main class inside Maven's own JVM, which on a
 * fresh machine is Java 17 while PlanDesk is compiled for Java 25; this one class is compiled for Java 17 so that the
 * inspection works, and it hands over to {@code org.plandesk.Main} in the JDK 25 the run uses (found by toolchains).
 */
public final class MavenRun {
    private MavenRun() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        try {
            Class.forName("org.plandesk.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
