package org.plandesk.plan;

/** A stored target: one part, one year. */
public record TargetEntry(long id, long partId, int year, Target target, String source, String note) {}
