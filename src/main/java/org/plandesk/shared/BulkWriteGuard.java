package org.plandesk.shared;

/**
 * Asked before an import writes, with the number of values it will write: the composition root backs the workspace up
 * first when the import is large (DESIGN D5). A failure to do so refuses the import.
 */
@FunctionalInterface
public interface BulkWriteGuard {
    /** No guard: nothing happens before a write. */
    BulkWriteGuard NONE = values -> {};

    void beforeWriting(int values);
}
