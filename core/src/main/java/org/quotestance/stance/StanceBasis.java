package org.quotestance.stance;

/** What a statement's stance toward a topic rests on. */
public enum StanceBasis {
    /** The trained classifier's reading of the statement. */
    MODEL,
    /**
     * The classifier's reading moved toward an explicit stance expression about the topic: "will continue to oppose
     * the completion of the project" ({@link StanceFrames}).
     */
    FRAME,
    /**
     * A reply to another speaker: "refutes Lavrov's remarks" takes the opposite of that speaker's stance on the
     * topic in the same document, "agreed with Merkel" the same.
     */
    REPLY
}
