package org.plandesk.plan.service;

import org.plandesk.shared.undo.UndoableEdit;

/** An import as one undo step, with what it imported. Undo puts every row it touched back, ids included. */
public final class UndoableImport implements UndoableEdit {
    private final UndoableEdit edit;
    private final ImportSummary summary;

    UndoableImport(UndoableEdit edit, ImportSummary summary) {
        this.edit = edit;
        this.summary = summary;
    }

    public ImportSummary summary() {
        return summary;
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public void undo() throws Exception {
        edit.undo();
    }

    @Override
    public void redo() throws Exception {
        edit.redo();
    }
}
