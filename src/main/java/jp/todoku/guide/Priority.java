package jp.todoku.guide;

/** How soon a finding should be read: likely causes first, background checks last. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
