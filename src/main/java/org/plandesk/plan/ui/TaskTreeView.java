package org.plandesk.plan.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Task;
import org.plandesk.plan.TaskTree;
import org.plandesk.shared.Messages;

/** The plan's structure: sections → actions → projects, with 牵头单位 and 责任单位. */
public final class TaskTreeView {
    private final TreeTableView<Task> table = new TreeTableView<>();

    public TaskTreeView(Messages messages) {
        table.setId("taskTree");
        table.setPlaceholder(new Label(messages.get("table.empty")));
        table.setShowRoot(false);
        table.getColumns().add(column(messages.get("col.task"), t -> (t.code() + " " + t.title()).strip(), 420));
        table.getColumns().add(column(messages.get("col.lead"), Task::lead, 220));
        table.getColumns().add(column(messages.get("col.responsible"), Task::responsible, 520));
    }

    /** The context menu of the tree: add, edit, move, indent, outdent and delete tasks. */
    public void setHandler(StructureHandler h, Messages messages) {
        Supplier<Task> selected = () -> {
            TreeItem<Task> item = table.getSelectionModel().getSelectedItem();
            return item == null ? null : item.getValue();
        };
        MenuItem sibling =
                item(messages.get("task.menu.add"), "Shortcut+Shift+T", () -> h.addTask(selected.get(), false));
        sibling.setId("taskAdd");
        MenuItem child = item(messages.get("task.menu.addChild"), null, () -> {
            if (selected.get() != null) {
                h.addTask(selected.get(), true);
            }
        });
        MenuItem edit = item(messages.get("task.menu.edit"), "F2", () -> {
            if (selected.get() != null) {
                h.editTask(selected.get());
            }
        });
        MenuItem up = item(messages.get("task.menu.up"), "Alt+Up", () -> {
            if (selected.get() != null) {
                h.moveTask(selected.get(), -1);
            }
        });
        MenuItem down = item(messages.get("task.menu.down"), "Alt+Down", () -> {
            if (selected.get() != null) {
                h.moveTask(selected.get(), 1);
            }
        });
        MenuItem in = item(messages.get("task.menu.indent"), "Alt+Right", () -> {
            if (selected.get() != null) {
                h.indentTask(selected.get(), true);
            }
        });
        MenuItem out = item(messages.get("task.menu.outdent"), "Alt+Left", () -> {
            if (selected.get() != null) {
                h.indentTask(selected.get(), false);
            }
        });
        MenuItem delete = item(messages.get("task.menu.delete"), "Delete", () -> {
            if (selected.get() != null) {
                h.deleteTask(selected.get());
            }
        });
        ContextMenu menu = new ContextMenu(
                sibling, child, edit, new SeparatorMenuItem(), up, down, in, out, new SeparatorMenuItem(), delete);
        table.setContextMenu(menu);
        // the accelerators of a context menu work while the tree has the focus
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (MenuItem m : menu.getItems()) {
                if (m.getAccelerator() != null && m.getAccelerator().match(e)) {
                    m.fire();
                    e.consume();
                    return;
                }
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Selects a task by id after a reload, so the keyboard can go on. */
    public void select(long taskId) {
        selectIn(table.getRoot(), taskId);
    }

    private void selectIn(TreeItem<Task> item, long id) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && item.getValue().id() == id) {
            table.getSelectionModel().select(item);
            return;
        }
        for (TreeItem<Task> c : item.getChildren()) {
            selectIn(c, id);
        }
    }

    public TreeTableView<Task> node() {
        return table;
    }

    public void show(PlanData data) {
        TreeItem<Task> selected = table.getSelectionModel().getSelectedItem();
        long keep = selected == null || selected.getValue() == null
                ? 0
                : selected.getValue().id();
        TreeItem<Task> root = new TreeItem<>();
        if (data != null) {
            // Parent links decide the tree; the tasks come in pre-order (TaskTree), so a parent is always seen first.
            Map<Long, TreeItem<Task>> items = new HashMap<>();
            for (Task t : TaskTree.preOrder(data.tasks())) {
                TreeItem<Task> item = new TreeItem<>(t);
                item.setExpanded(true);
                items.put(t.id(), item);
                TreeItem<Task> parent = t.parentId() == 0 ? root : items.getOrDefault(t.parentId(), root);
                parent.getChildren().add(item);
            }
        }
        table.setRoot(root);
        if (keep != 0) {
            select(keep);
        }
    }

    private static TreeTableColumn<Task, String> column(String title, Function<Task, String> value, double width) {
        TreeTableColumn<Task, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
