package org.quotestance.stance;

/** A stance toward a target proposition. */
public enum StanceLabel {
    /** The speaker supports the target: "We are ready to restore the normal work of our missions". */
    FAVOR,
    /** The speaker opposes it: "We will continue to oppose the completion of the project". */
    AGAINST,
    /** The speaker addresses the topic without taking a side. */
    NEUTRAL
}
