package org.quotestance.stance;

/** A stance toward a target proposition. */
public enum StanceLabel {
    /** The speaker supports the target: "We want the new bridge built before winter". */
    FAVOR,
    /** The speaker opposes it: "We will fight this bridge at every turn". */
    AGAINST,
    /** The speaker addresses the topic without taking a side. */
    NEUTRAL;

    /** The opposite side: FAVOR and AGAINST swap, NEUTRAL stays. */
    public StanceLabel opposite() {
        return switch (this) {
            case FAVOR -> AGAINST;
            case AGAINST -> FAVOR;
            case NEUTRAL -> NEUTRAL;
        };
    }
}
