package org.plandesk.school.service;

import org.plandesk.shared.store.RowScope;

/** The rows a registry edit may change besides its own: the plan actuals computed from the registry. */
final class SchoolScopes {
    private SchoolScopes() {}

    /** Adds the actuals of every part linked to the registry (they are recomputed in the same transaction). */
    static RowScope withLinkedActuals(RowScope scope) {
        return scope.and("actual", "kind = 'ACTUAL' AND part_id IN (SELECT part_id FROM part_balance_link)");
    }
}
