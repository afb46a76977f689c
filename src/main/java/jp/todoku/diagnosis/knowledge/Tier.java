package jp.todoku.diagnosis.knowledge;

import jp.todoku.diagnosis.Strength;

/**
 * How much a matching rule says, strongest first. This order is the matching precedence of issue 4:
 * provider-specific text > status code with text > status code > reply code > reason; a generic
 * server text sits between the coded texts and the bare codes because it names the cause, and a
 * status code that names only a class ranks below the reason.
 */
enum Tier {
    /** The classifier found no failure at all (delivered, auto-reply, complaint): nothing else applies first. */
    NOT_A_BOUNCE,
    /** A provider's own text or code: Gmail's sentences, Outlook.com's RP-001, Outlook's 0x800CCC0E. */
    PROVIDER_TEXT,
    /** A common server text together with the status or reply code it comes with. */
    TEXT_WITH_CODE,
    /** A common server text alone ("User unknown", "Line Too Long"). */
    TEXT,
    /** An enhanced status code. */
    STATUS,
    /** An SMTP reply code. */
    REPLY,
    /**
     * Words that point to a troubleshooting situation ("OP25B", "迷惑メールフォルダ"): they answer a
     * question typed in words, but a code in a real bounce says more.
     */
    SITUATION_TEXT,
    /** The classified reason. */
    REASON,
    /**
     * A code that only names a class: a status such as {@code x.7.0} ("other security") or
     * {@code x.2.x}, or a catch-all reply marked {@code catchAll} in the data (550, 554). It says less
     * than a classified reason, which was chosen from the same code and the text.
     */
    CLASS_CODE,
    /** Who wrote the bounce or where it went (MAILER-DAEMON, a qq.com recipient): background only. */
    CONTEXT,
    /** The reasons that mean "not enough to decide" (onhold, undefined). */
    WEAK_REASON;

    /** The rung of the one decision's ladder (docs/decision.md) that a best hit of this tier stands on. */
    Strength strength() {
        return switch (this) {
            case NOT_A_BOUNCE -> Strength.READER;
            case PROVIDER_TEXT -> Strength.PROVIDER;
            case TEXT_WITH_CODE, TEXT -> Strength.PHRASE;
            case STATUS -> Strength.STATUS;
            case REPLY, SITUATION_TEXT -> Strength.REPLY;
            case CLASS_CODE -> Strength.CLASS;
            case REASON, CONTEXT, WEAK_REASON -> Strength.NONE;
        };
    }

    /** Whether a best hit of this tier names the cause; background and weak reasons do not. */
    boolean recognises() {
        return this != CONTEXT && this != WEAK_REASON;
    }
}
