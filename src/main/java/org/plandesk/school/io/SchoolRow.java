package org.plandesk.school.io;

import org.plandesk.school.School;
import org.plandesk.school.SectionFigures;

/**
 * One row of a school table: the school as the row describes it (id 0) and its section's figures of a year.
 *
 * @param line the row number as a spreadsheet shows it
 */
public record SchoolRow(int line, School school, SectionFigures figures) {}
