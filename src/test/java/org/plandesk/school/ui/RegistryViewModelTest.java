package org.plandesk.school.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.school.BalanceIndicator;
import org.plandesk.school.Figure;
import org.plandesk.school.Section;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.shared.Messages;
import org.plandesk.shared.SameThreadTaskRunner;
import org.plandesk.shared.undo.UndoStack;

/** The school grid's editing without a toolkit: type, refuse, paste a block, clear, undo. */
class RegistryViewModelTest {
    @TempDir
    Path dir;

    private RegistryViewModel open(AppContext ctx, UndoStack undo) throws Exception {
        ctx.schoolImports()
                .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "e.csv", null)));
        RegistryViewModel vm = new RegistryViewModel(
                ctx.schools(), new SameThreadTaskRunner(), new Messages(Messages.CHINESE), undo::push);
        vm.load();
        return vm;
    }

    private static String cell(RegistryViewModel vm, int row, Figure f) {
        return RegistryViewModel.text(vm.rows().get(row), f);
    }

    @Test
    void typingSavesAtOnceAndBadInputIsRefusedInPlaceWithTheReason() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            UndoStack undo = new UndoStack(100);
            RegistryViewModel vm = open(ctx, undo);
            assertThat(vm.yearProperty().get()).isEqualTo(2024);
            assertThat(vm.rows()).hasSize(20);
            String before = cell(vm, 0, Figure.STUDENTS);
            assertThat(vm.edit(vm.rows().get(0), Figure.STUDENTS, "2,300")).isEmpty();
            assertThat(cell(vm, 0, Figure.STUDENTS)).isEqualTo("2300");
            assertThat(vm.messageProperty().get()).startsWith("已保存");
            assertThat(ctx.schools().rows(2024).get(0).figures().get(Figure.STUDENTS))
                    .isEqualTo(2300);

            assertThat(vm.edit(vm.rows().get(0), Figure.TEACHERS, "12.5")).isPresent();
            assertThat(vm.messageProperty().get()).contains("示例第一小学（虚构）", "专任教师数", "应为整数", "原值保留");
            assertThat(vm.edit(vm.rows().get(0), Figure.FLOOR_AREA, "-3")).isPresent();
            assertThat(undo.size()).isEqualTo(1);

            undo.undo();
            vm.load();
            assertThat(cell(vm, 0, Figure.STUDENTS)).isEqualTo(before);
        }
    }

    @Test
    void aPastedBlockIsOneStepAndABlockWithOneBadCellIsRefusedWhole() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            UndoStack undo = new UndoStack(100);
            RegistryViewModel vm = open(ctx, undo);
            int floor = RegistryViewModel.FIGURES.indexOf(Figure.FLOOR_AREA);
            String b00 = cell(vm, 1, Figure.FLOOR_AREA);
            assertThat(vm.paste(1, floor, "5000\t9000\r\n6000\t—\n")).isEmpty();
            assertThat(cell(vm, 1, Figure.FLOOR_AREA)).isEqualTo("5000");
            assertThat(cell(vm, 1, Figure.SPORTS_AREA)).isEqualTo("9000");
            assertThat(cell(vm, 2, Figure.FLOOR_AREA)).isEqualTo("6000");
            assertThat(cell(vm, 2, Figure.SPORTS_AREA)).isEmpty();
            assertThat(undo.size()).isEqualTo(1);
            assertThat(undo.nextUndo().orElseThrow().description()).isEqualTo("粘贴学校数据（4 格）");

            assertThat(vm.paste(3, floor, "1\t2\n3\tabc\n")).isPresent();
            assertThat(undo.size()).isEqualTo(1);
            int last = RegistryViewModel.FIGURES.size() - 1;
            assertThat(vm.paste(0, last, "1\t2")).isPresent();
            assertThat(vm.messageProperty().get()).contains("超出了表格");

            undo.undo();
            vm.load();
            assertThat(cell(vm, 1, Figure.FLOOR_AREA)).isEqualTo(b00);
            assertThat(vm.copy(1, 2, floor, floor + 1).lines()).hasSize(2);
        }
    }

    @Test
    void clearingCellsIsOneStepAndAWholeSchoolRowSplitsIntoTheStatistics() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            UndoStack undo = new UndoStack(100);
            RegistryViewModel vm = open(ctx, undo);
            int whole = -1;
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).figures().section() == Section.WHOLE) {
                    whole = i;
                    break;
                }
            }
            int floor = RegistryViewModel.FIGURES.indexOf(Figure.FLOOR_AREA);
            var before = ctx.balance()
                    .report(2024, "示例区")
                    .stage("示例区", Section.PRIMARY)
                    .orElseThrow();
            vm.clear(List.of(
                    RegistryCell.figure(whole, RegistryViewModel.FIGURES.get(floor)),
                    RegistryCell.figure(whole, RegistryViewModel.FIGURES.get(floor + 1))));
            assertThat(cell(vm, whole, Figure.FLOOR_AREA)).isEmpty();
            var after = ctx.balance()
                    .report(2024, "示例区")
                    .stage("示例区", Section.PRIMARY)
                    .orElseThrow();
            // without the 全校 floor area the 九年一贯制 school's primary section has no floor area: left out, warned
            assertThat(after.indicator(BalanceIndicator.FLOOR_AREA).stats().n())
                    .isEqualTo(before.indicator(BalanceIndicator.FLOOR_AREA)
                                    .stats()
                                    .n()
                            - 1);
            assertThat(after.warnings()).anySatisfy(w -> assertThat(w.key()).isEqualTo("balance.missingFigure"));
            assertThat(undo.size()).isEqualTo(1);
        }
    }

    @Test
    void registryFieldsAreEditedForTheWholeSchoolAndAnEmptyNameIsRefused() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            UndoStack undo = new UndoStack(100);
            RegistryViewModel vm = open(ctx, undo);
            int nine = -1;
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).school().code().equals("SL0301")) {
                    nine = i;
                    break;
                }
            }
            assertThat(vm.editSchool(vm.rows().get(nine), RegistryViewModel.SchoolField.NAME, "示例育英学校（虚构）"))
                    .isEmpty();
            assertThat(vm.rows().stream().filter(r -> r.school().code().equals("SL0301")))
                    .hasSize(3)
                    .allSatisfy(r -> assertThat(r.school().name()).isEqualTo("示例育英学校（虚构）"));
            assertThat(vm.editSchool(vm.rows().get(nine), RegistryViewModel.SchoolField.NAME, " "))
                    .isPresent();
            assertThat(vm.editSchool(vm.rows().get(nine), RegistryViewModel.SchoolField.CAMPUSES, "1.5"))
                    .isPresent();
            assertThat(vm.editSchool(vm.rows().get(nine), RegistryViewModel.SchoolField.OWNERSHIP, "国营"))
                    .isPresent();
            // moving the school to the other district moves its sections' statistics
            vm.editSchool(vm.rows().get(nine), RegistryViewModel.SchoolField.DISTRICT, "示例新区");
            assertThat(ctx.balance()
                            .report(2024, "示例新区")
                            .stage("示例新区", Section.PRIMARY)
                            .orElseThrow()
                            .sections())
                    .anySatisfy(r -> assertThat(r.school().code()).isEqualTo("SL0301"));
            assertThat(undo.size()).isEqualTo(2);
            undo.undo();
            undo.undo();
            vm.load();
            assertThat(vm.rows().stream().filter(r -> r.school().code().equals("SL0301")))
                    .allSatisfy(r -> {
                        assertThat(r.school().name()).isEqualTo("示例九年一贯制学校（虚构）");
                        assertThat(r.school().district()).isEqualTo("示例区");
                    });
        }
    }
}
