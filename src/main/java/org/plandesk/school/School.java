package org.plandesk.school;

/**
 * A school in the registry.
 *
 * @param id        database id (0 before it is stored)
 * @param code      学校代码, unique
 * @param campuses  校区数, or null when not recorded
 * @param eduGroup  教育集团 / 教共体, or empty
 */
public record School(
        long id,
        String code,
        String name,
        String district,
        String street,
        SchoolType type,
        String ownership,
        Integer campuses,
        String eduGroup) {

    public School withId(long newId) {
        return new School(newId, code, name, district, street, type, ownership, campuses, eduGroup);
    }
}
