package org.plandesk.school.ui;

import org.plandesk.school.Figure;

/**
 * One editable cell of the school grid: a row (a school section of the year) and either one of its figures or one of
 * its school's registry fields.
 */
public record RegistryCell(int row, Figure figure, RegistryViewModel.SchoolField field) {
    public static RegistryCell figure(int row, Figure figure) {
        return new RegistryCell(row, figure, null);
    }

    public static RegistryCell field(int row, RegistryViewModel.SchoolField field) {
        return new RegistryCell(row, null, field);
    }
}
