package jp.todoku.system;

/** What a staff account may do; security rules check these, and ADMIN implies AGENT. */
public enum StaffRole {
    /** Manages accounts and operations. */
    ADMIN,
    /** Works the ticket queue. */
    AGENT
}
