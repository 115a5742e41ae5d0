package org.plandesk.school.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.plandesk.school.Figure;
import org.plandesk.school.FigureNote;
import org.plandesk.school.service.SchoolService.RegistryRow;
import org.plandesk.shared.Messages;
import org.plandesk.shared.ui.grid.GridCells;

/**
 * The school grid's side of the grid kit: a column's user data says what it holds (a {@link Figure} or a
 * {@link RegistryViewModel.SchoolField}), and typing, pasting and clearing go to the {@link RegistryViewModel}.
 */
final class RegistryCells implements GridCells<RegistryCell> {
    private final TableView<RegistryRow> table;
    private final RegistryViewModel vm;
    private final Messages messages;

    RegistryCells(TableView<RegistryRow> table, RegistryViewModel vm, Messages messages) {
        this.table = table;
        this.vm = vm;
        this.messages = messages;
    }

    @Override
    public RegistryCell cellAt(int row, int column) {
        if (row < 0
                || row >= vm.rows().size()
                || column < 0
                || column >= table.getVisibleLeafColumns().size()) {
            return null;
        }
        TableColumn<RegistryRow, ?> c = table.getVisibleLeafColumn(column);
        if (c.getUserData() instanceof Figure f) {
            return RegistryCell.figure(row, f);
        }
        if (c.getUserData() instanceof RegistryViewModel.SchoolField f) {
            return RegistryCell.field(row, f);
        }
        return null;
    }

    @Override
    public String shown(RegistryCell cell) {
        RegistryRow row = vm.rows().get(cell.row());
        return cell.figure() != null
                ? RegistryViewModel.text(row, cell.figure())
                : RegistryViewModel.text(row, cell.field());
    }

    @Override
    public Optional<String> commit(RegistryCell cell, String text) {
        RegistryRow row = vm.rows().get(cell.row());
        return (cell.figure() != null ? vm.edit(row, cell.figure(), text) : vm.editSchool(row, cell.field(), text))
                .map(messages::format);
    }

    @Override
    public void paste(List<List<RegistryCell>> targets, List<List<String>> block) {
        RegistryCell first = targets.isEmpty() || targets.get(0).isEmpty()
                ? null
                : targets.get(0).get(0);
        if (first == null || first.figure() == null) {
            vm.messageProperty().set(messages.get("registry.pasteFigures"));
            return;
        }
        vm.paste(first.row(), RegistryViewModel.FIGURES.indexOf(first.figure()), block);
    }

    @Override
    public void clear(List<RegistryCell> cells) {
        vm.clear(cells);
    }

    @Override
    public String tooltip(RegistryCell cell) {
        FigureNote n = note(cell);
        return n.isEmpty() ? null : messages.get("registry.noteTip", n.source(), n.note());
    }

    @Override
    public boolean noted(RegistryCell cell) {
        return !note(cell).isEmpty();
    }

    private FigureNote note(RegistryCell cell) {
        return cell.figure() == null
                ? FigureNote.NONE
                : vm.rows().get(cell.row()).note(cell.figure());
    }
}
