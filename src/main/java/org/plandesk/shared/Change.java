package org.plandesk.shared;

import java.time.Instant;

/**
 * One entry of the change log.
 *
 * @param entity   table-level name: plan, indicator, target, actual …
 * @param entityId id of the changed row (for targets and actuals: the part)
 * @param field    what changed, e.g. {@code 2023} or {@code actual:2023}
 */
public record Change(
        Instant at, String osUser, String entity, long entityId, String field, String oldValue, String newValue) {}
