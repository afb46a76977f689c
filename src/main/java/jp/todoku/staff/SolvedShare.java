package jp.todoku.staff;

/** How customers answered "did this solve it?" on a diagnosis: solved means no ticket was needed. */
record SolvedShare(long solved, long notSolved) {

    SolvedShare {
        if (solved < 0 || notSolved < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long answered() {
        return solved + notSolved;
    }

    /** Whole percent of the answers that were "solved"; 0 when nobody answered. */
    public long percent() {
        return answered() == 0 ? 0 : Math.round(100.0 * solved / answered());
    }
}
