package jp.todoku.guide;

/** Whether the trouble is with mail the customer sends or mail the customer should receive (seed 002). */
public enum Direction {
    SEND,
    RECEIVE
}
