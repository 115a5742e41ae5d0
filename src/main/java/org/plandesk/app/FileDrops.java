package org.plandesk.app;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Files dragged from the desktop onto a window: accepted as a copy and handed over on drop. */
final class FileDrops {
    private FileDrops() {}

    static void accept(Scene scene, Consumer<List<File>> dropped) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                dropped.accept(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }
}
