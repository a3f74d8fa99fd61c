package org.quotestance.eval;

/**
 * Gold quotes of one group (one kind, one way of naming the speaker, one attribution rule) and how many
 * a system found and found with the right speaker.
 *
 * @param gold  gold quotes in the group
 * @param found found by an overlapping predicted quote
 * @param right found, and attributed to the right speaker
 */
public record Breakdown(int gold, int found, int right) {

    /** Share of the group found with the right speaker: end-to-end recall. */
    public double rightShare() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    /** Share of the found ones attributed to the right speaker. */
    public double speakerShare() {
        return found == 0 ? 0 : (double) right / found;
    }

    Breakdown plus(boolean isFound, boolean isRight) {
        return new Breakdown(gold + 1, found + (isFound ? 1 : 0), right + (isRight ? 1 : 0));
    }
}
