package jp.todoku.diagnosis.reason;

import jp.todoku.diagnosis.Reason;

/** A reason and the precedence step (with its table line) that chose it. */
record Decision(Reason reason, String basis) {
}
