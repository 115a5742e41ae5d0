package org.plandesk.shared;

import java.util.List;

/** Input refused as a whole: nothing was written. Carries one problem per place. */
public class InputRejectedException extends Exception {
    private final transient List<RowProblem> problems;

    public InputRejectedException(List<RowProblem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public static InputRejectedException of(Problem problem) {
        return new InputRejectedException(List.of(new RowProblem(0, "", problem)));
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** Each problem as one line in the user's language, with row and column. */
    public List<String> lines(Messages messages) {
        return problems.stream()
                .map(p -> p.row() == 0
                        ? messages.format(p.problem())
                        : messages.get("problem.at", p.row(), p.column(), messages.format(p.problem())))
                .toList();
    }
}
