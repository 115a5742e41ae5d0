package org.plandesk.plan.service;

import org.plandesk.plan.Plan;

/** A plan with the number of its indicators, for lists. */
public record PlanSummary(Plan plan, int indicatorCount) {}
