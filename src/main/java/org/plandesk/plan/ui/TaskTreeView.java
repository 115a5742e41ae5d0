package org.plandesk.plan.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Task;
import org.plandesk.shared.Messages;

/** The plan's structure: sections → actions → projects, with 牵头单位 and 责任单位. */
public final class TaskTreeView {
    private final TreeTableView<Task> table = new TreeTableView<>();

    public TaskTreeView(Messages messages) {
        table.setId("taskTree");
        table.setShowRoot(false);
        table.getColumns().add(column(messages.get("col.task"), t -> (t.code() + " " + t.title()).strip(), 420));
        table.getColumns().add(column(messages.get("col.lead"), Task::lead, 220));
        table.getColumns().add(column(messages.get("col.responsible"), Task::responsible, 520));
    }

    public TreeTableView<Task> node() {
        return table;
    }

    public void show(PlanData data) {
        TreeItem<Task> root = new TreeItem<>();
        if (data != null) {
            Map<Long, TreeItem<Task>> items = new HashMap<>();
            for (Task t : data.tasks()) {
                TreeItem<Task> item = new TreeItem<>(t);
                item.setExpanded(true);
                items.put(t.id(), item);
                TreeItem<Task> parent = t.parentId() == 0 ? root : items.getOrDefault(t.parentId(), root);
                parent.getChildren().add(item);
            }
        }
        table.setRoot(root);
    }

    private static TreeTableColumn<Task, String> column(String title, Function<Task, String> value, double width) {
        TreeTableColumn<Task, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
