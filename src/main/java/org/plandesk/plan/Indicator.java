package org.plandesk.plan;

/**
 * 二级指标: a measurable item of a plan.
 *
 * @param id         database id
 * @param planId     the plan
 * @param groupId    its 一级指标, or 0
 * @param code       序号 as written (may be empty)
 * @param name       name as written
 * @param unit       unit (%, 名, 个 …), may be empty
 * @param direction  whether higher or lower is better
 * @param attribute  约束性 / 预期性, or null
 * @param gradeScale scale of a grade indicator, or null
 * @param note       free text
 * @param sortOrder  position in the plan
 */
public record Indicator(
        long id,
        long planId,
        long groupId,
        String code,
        String name,
        String unit,
        Direction direction,
        Attribute attribute,
        GradeScale gradeScale,
        String note,
        int sortOrder) {}
