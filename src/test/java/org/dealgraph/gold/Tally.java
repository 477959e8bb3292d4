package org.dealgraph.gold;

/**
 * Counts for precision and recall: claims made and right ones; required gold facts and found ones. With no
 * claims, precision is 1 when nothing was required and 0 otherwise; with nothing required, recall is 1.
 */
public record Tally(int predicted, int right, int gold, int found) {

    static final Tally NONE = new Tally(0, 0, 0, 0);

    Tally plus(Tally other) {
        return new Tally(predicted + other.predicted, right + other.right, gold + other.gold, found + other.found);
    }

    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) right / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
