package org.plandesk.plan;

/** 一级指标: a named group of indicators in a plan. */
public record IndicatorGroup(long id, long planId, String name, int sortOrder) {}
