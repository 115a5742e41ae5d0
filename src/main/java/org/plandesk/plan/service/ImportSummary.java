package org.plandesk.plan.service;

/** What an import wrote (or, in a dry run, would write). */
public record ImportSummary(
        int plansCreated,
        int indicatorsCreated,
        int partsCreated,
        int targetsWritten,
        int actualsWritten,
        int tasksWritten,
        boolean dryRun) {}
