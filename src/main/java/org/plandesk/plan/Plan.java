package org.plandesk.plan;

import java.time.LocalDate;

/**
 * A plan document: 规划, 行动方案, 行动计划, 工作要点 or 汇报.
 *
 * @param id         database id, 0 before it is stored
 * @param title      full title as issued
 * @param shortName  a short name for lists and the command line (e.g. 钱塘优学), may be empty
 * @param kind       行动计划, 行动方案, 工作要点, 汇报 …
 * @param issuer     issuing office
 * @param docNumber  文号, e.g. 钱政办发〔2022〕23号
 * @param issueDate  date of issue, may be null
 * @param startYear  first year of the period
 * @param endYear    last year of the period
 * @param source     source document file name
 * @param note       free text
 */
public record Plan(
        long id,
        String title,
        String shortName,
        String kind,
        String issuer,
        String docNumber,
        LocalDate issueDate,
        int startYear,
        int endYear,
        String source,
        String note) {

    public Plan {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a plan needs a title");
        }
        if (endYear < startYear) {
            throw new IllegalArgumentException("period ends before it starts: " + startYear + "–" + endYear);
        }
    }

    public static Plan titled(String title, int startYear, int endYear) {
        return new Plan(0, title, "", "", "", "", null, startYear, endYear, "", "");
    }

    public Plan withId(long newId) {
        return new Plan(newId, title, shortName, kind, issuer, docNumber, issueDate, startYear, endYear, source, note);
    }

    public Plan withNote(String newNote) {
        return new Plan(id, title, shortName, kind, issuer, docNumber, issueDate, startYear, endYear, source, newNote);
    }

    public Plan withShortName(String newShortName) {
        return new Plan(id, title, newShortName, kind, issuer, docNumber, issueDate, startYear, endYear, source, note);
    }

    public Plan withPeriod(int start, int end) {
        return new Plan(id, title, shortName, kind, issuer, docNumber, issueDate, start, end, source, note);
    }

    /** The short name when there is one, else the title. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? title : shortName;
    }

    public String period() {
        return startYear == endYear ? Integer.toString(startYear) : startYear + "–" + endYear;
    }
}
