package org.plandesk.plan;

/**
 * One node of a plan's structure: a section, an action, a project or an item.
 *
 * @param id          database id
 * @param planId      the plan
 * @param parentId    the parent task, or 0 at the top
 * @param level       section, action, project or item
 * @param code        numbering as written: （一）, 1., 一、 …
 * @param title       title as written
 * @param lead        牵头单位, may be empty
 * @param responsible 责任单位, may be empty
 * @param sortOrder   position among siblings
 */
public record Task(
        long id,
        long planId,
        long parentId,
        TaskLevel level,
        String code,
        String title,
        String lead,
        String responsible,
        int sortOrder) {}
