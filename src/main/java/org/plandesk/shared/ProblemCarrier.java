package org.plandesk.shared;

/** An exception that already says what went wrong as a {@link Problem} in the user's language. */
public interface ProblemCarrier {
    Problem problem();
}
