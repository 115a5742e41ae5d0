package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTreeTest {
    private static Task task(long id, long parent, String code, int sort) {
        return new Task(id, 1, parent, TaskLevel.PROJECT, code, code, "", "", sort);
    }

    @Test
    void childrenFollowTheirParentWhateverTheSortOrderSays() {
        // renumbering the children of （六） gave them sort 0..3 while （六） kept sort 20
        List<Task> bySortOrder = List.of(
                task(18, 6, "18.", 0),
                task(19, 6, "19.", 1),
                task(21, 6, "21.", 3),
                task(20, 6, "20.", 2),
                task(1, 0, "三、", 1),
                task(6, 1, "（六）", 20),
                task(5, 1, "（五）", 19));
        assertThat(TaskTree.preOrder(bySortOrder).stream().map(Task::code))
                .containsExactly("三、", "（五）", "（六）", "18.", "19.", "20.", "21.");
    }

    @Test
    void noTaskIsLostToAMissingParentOrACycle() {
        List<Task> odd =
                List.of(task(1, 99, "orphan", 0), task(2, 3, "a", 0), task(3, 2, "b", 0), task(4, 4, "self", 0));
        assertThat(TaskTree.preOrder(odd))
                .hasSize(4)
                .extracting(Task::code)
                .containsExactlyInAnyOrder("orphan", "a", "b", "self");
    }
}
