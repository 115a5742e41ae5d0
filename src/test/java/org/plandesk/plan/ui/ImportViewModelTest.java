package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.RawTable;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.wide.ColumnRole;
import org.plandesk.shared.SameThreadTaskRunner;
import org.plandesk.shared.TaskRunner;

/** The import dialog's state, without a toolkit. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    private static final String PASTED = String.join(
            "\n",
            "序号\t一级指标\t二级指标\t2022年预期\t2023年预期\t说明",
            "1\t好学生\t新培养“钱塘好少年”人数(名)\t≥2000\t约2100\t文字",
            "2\t\t毕业生优良率(%)\t79/44\t79.5/45\t");

    @Test
    void columnRolesPartNamesAndApplyingOnlyCleanRows() throws Exception {
        RawTable raw = TableFiles.text(PASTED, "剪贴板");
        ImportViewModel vm = new ImportViewModel(raw, "新规划", new SameThreadTaskRunner());
        assertThat(vm.previewProperty().get().problems()).hasSize(1);
        assertThat(vm.rowsToImport(true))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.line()).isEqualTo(3));
        assertThat(vm.rowsToImport(false)).hasSize(5);

        // The 2023 column was meant as actuals: 约2100 is then still not a figure; as "not imported" it is gone.
        vm.setColumn(4, ColumnRole.IGNORE, 0);
        assertThat(vm.previewProperty().get().problems()).isEmpty();
        assertThat(vm.rowsToImport(false)).hasSize(3);
        vm.setColumn(4, ColumnRole.TARGET, 2024);
        assertThat(vm.previewProperty().get().rows())
                .anySatisfy(r -> assertThat(r.year()).isEqualTo(2024));

        assertThat(vm.previewProperty().get().indicators().get(1).parts()).containsExactly("分项1", "分项2");
        vm.renamePart(3, "分项1", "高中");
        vm.renamePart(3, "分项2", "初中");
        assertThat(vm.previewProperty().get().indicators().get(1).parts()).containsExactly("高中", "初中");
        assertThat(vm.rowsToImport(true))
                .filteredOn(r -> r.line() == 3)
                .extracting(r -> r.part())
                .containsOnly("高中", "初中");
    }

    @Test
    void intoAnExistingPlanTheDiffShowsWhatChanges() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            PlanData qt =
                    ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            String table = "序号\t二级指标\t2022年预期\t2023年预期\n1\t新培养“钱塘好少年”人数(名)\t≥2000\t≥2150\n";
            ImportViewModel vm = new ImportViewModel(TableFiles.text(table, "剪贴板"), "x", new SameThreadTaskRunner());
            vm.existingPlanProperty().set(qt);
            assertThat(vm.diffProperty().get().unchanged()).isEqualTo(1);
            assertThat(vm.diffProperty().get().changed())
                    .singleElement()
                    .satisfies(
                            c -> assertThat(c.oldText() + " → " + c.newText()).isEqualTo("≥2100 → ≥2150"));
            assertThat(vm.targetName()).isEqualTo("钱塘优学");
            ctx.imports().importLong(vm.rowsToImport(false), false);
            PlanData after = ctx.plans().load(qt.plan().id());
            var part = after.parts(after.indicators().get(0)).get(0);
            assertThat(after.target(part, 2023).orElseThrow().target().value()).isEqualTo(2150.0);
            assertThat(after.indicators()).hasSameSizeAs(qt.indicators());
        }
    }

    @Test
    void aTableWithoutHeaderIsRefusedAsAWhole() throws Exception {
        ImportViewModel vm = new ImportViewModel(TableFiles.text("a\tb\n1\t2", "剪贴板"), "x", new SameThreadTaskRunner());
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.refusalProperty().get().key()).isEqualTo("wide.noHeader");
        assertThat(vm.rowsToImport(false)).isEmpty();
    }

    /** A runner that holds reads until the test lets them run, to see what the view model asks for meanwhile. */
    private static final class HeldRunner implements TaskRunner {
        final ArrayDeque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> Handle run(Work<T> work, ProgressView progress, Consumer<T> done, Consumer<Throwable> failed) {
            return read(work, progress, done, failed);
        }

        @Override
        public <T> Handle read(Work<T> work, ProgressView progress, Consumer<T> done, Consumer<Throwable> failed) {
            held.add(() -> new SameThreadTaskRunner().read(work, progress, done, failed));
            return null;
        }
    }

    @Test
    void typingATitleWhileTheTableIsParsedQueuesOneMoreParseOfTheLatestTitleOnly() throws Exception {
        HeldRunner runner = new HeldRunner();
        ImportViewModel vm = new ImportViewModel(TableFiles.text(PASTED, "剪贴板"), "新", runner);
        assertThat(vm.updatingProperty().get()).isTrue();
        assertThat(vm.previewProperty().get()).isNull();
        for (String t : List.of("新规", "新规划", "新规划甲", "新规划甲乙")) {
            vm.newPlanTitleProperty().set(t);
        }
        assertThat(runner.held)
                .as("one parse running, none queued per keystroke")
                .hasSize(1);
        runner.held.poll().run();
        // the first parse's result is stale: a second parse of the latest inputs starts instead of showing it
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(runner.held).hasSize(1);
        runner.held.poll().run();
        assertThat(runner.held).isEmpty();
        assertThat(vm.updatingProperty().get()).isFalse();
        assertThat(vm.previewProperty().get().rows())
                .allSatisfy(r -> assertThat(r.plan()).isEqualTo("新规划甲乙"));
    }
}
