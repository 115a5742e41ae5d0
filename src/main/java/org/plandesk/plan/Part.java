package org.plandesk.plan;

/**
 * 分项: one measured series of an indicator. A single-part indicator has one part with an empty name.
 *
 * @param unit the part's own unit when it differs from the indicator's, else empty
 */
public record Part(long id, long indicatorId, String name, String unit, int sortOrder) {

    /** The part's unit, else the indicator's. */
    public String unitOr(String indicatorUnit) {
        return unit == null || unit.isBlank() ? indicatorUnit : unit;
    }
}
