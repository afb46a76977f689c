package jp.todoku.guide;

/** Whether every address of the domain is affected or only some (seed 002). */
public enum Scope {
    ALL,
    SOME
}
