package jp.todoku.diagnosis.reason;

import static jp.todoku.diagnosis.Reason.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.DeliveryStatus;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.Rule;
import jp.todoku.diagnosis.phrase.RuleTable;

/**
 * The rules that hold for any receiving server: the status code's meaning and the phrase table,
 * applied in the order the field's reference classifier uses (shared/docs/reasons.md, "Generic rules").
 * The order and the SMTP-step guards are the algorithm and live here; the phrases are data.
 */
final class GenericRules {

    /** Checks for SMTP errors, in order; the first that holds wins. */
    static final List<Reason> SMTP_CHECKS = List.of(MAILBOX_FULL, MESSAGE_TOO_BIG, EXCEED_LIMIT, SUSPEND, HAS_MOVED,
            NO_RELAYING, AUTH_FAILURE, USER_UNKNOWN, FILTERED, REQUIRE_PTR, NOT_COMPLIANT_RFC, BAD_REPUTATION,
            CONTENT_ERROR, REJECTED, HOST_UNKNOWN, SPAM_DETECTED, SPEEDING, TOO_MANY_CONNECTIONS, BLOCKED);

    /** The order of the text scan when neither the checks nor the status code decided. */
    static final List<Reason> TEXT_SCAN = List.of(MAILBOX_FULL, AUTH_FAILURE, BAD_REPUTATION, SPEEDING,
            SPAM_DETECTED, VIRUS_DETECTED, POLICY_VIOLATION, NO_RELAYING, SYSTEM_ERROR, NETWORK_ERROR, SUSPEND,
            CONTENT_ERROR, SYSTEM_FULL, NOT_ACCEPT, EXPIRED, FAILED_STARTTLS, SECURITY_ERROR, SUPPRESSED,
            MAILER_ERROR, SYNTAX_ERROR);

    /** Reasons a format reader may give without being sure; the rules may still find a better one. */
    static final Set<Reason> WEAK = EnumSet.of(UNDEFINED, ON_HOLD, SYSTEM_ERROR, SECURITY_ERROR, EXPIRED,
            NETWORK_ERROR, HOST_UNKNOWN, USER_UNKNOWN);

    /** Reasons about the recipient, which cannot be what a refusal at MAIL FROM means. */
    private static final Set<Reason> ABOUT_RECIPIENT = EnumSet.of(USER_UNKNOWN, HOST_UNKNOWN, FILTERED);

    /** Phrases that make a 5.1.1 read as something other than an unknown user. */
    private static final Set<Reason> NOT_A_USER = EnumSet.of(NO_RELAYING, BLOCKED, MAILBOX_FULL, HAS_MOVED,
            REJECTED, NOT_ACCEPT);

    private static final Set<SmtpCommand> BEFORE_MAIL = EnumSet.of(SmtpCommand.CONNECT, SmtpCommand.EHLO,
            SmtpCommand.HELO);
    private static final Set<SmtpCommand> BEFORE_DATA = EnumSet.of(SmtpCommand.CONNECT, SmtpCommand.EHLO,
            SmtpCommand.HELO, SmtpCommand.STARTTLS, SmtpCommand.AUTH, SmtpCommand.MAIL, SmtpCommand.RCPT);

    private final RuleTable phrases;
    private final StatusMeanings meanings;

    GenericRules(RuleTable phrases, StatusMeanings meanings) {
        this.phrases = phrases;
        this.meanings = meanings;
    }

    /**
     * What one failure offers the rules: its clues, the status code's meaning, every phrase hit, and the
     * hits of lines that name the unknown step (NONE) explicitly: wordings sure of themselves at any step.
     */
    record Facts(Clues clues, Reason meaning, Set<Reason> phrased, Set<Reason> sure) {
        boolean says(Reason reason) {
            return phrased.contains(reason);
        }

        boolean saysSurely(Reason reason) {
            return sure.contains(reason);
        }
    }

    Facts facts(Clues clues) {
        EnumSet<Reason> phrased = EnumSet.noneOf(Reason.class);
        EnumSet<Reason> sure = EnumSet.noneOf(Reason.class);
        for (Rule rule : phrases.matching(clues)) {
            phrased.add(rule.reason());
            if (rule.phase().namesUnknownStep()) {
                sure.add(rule.reason());
            }
        }
        return new Facts(clues, meanings.find(clues.status()).orElse(null), phrased, sure);
    }

    /** The SMTP-error checks; a weak reader verdict counts as a hit at its own place in the order. */
    Optional<Decision> smtpChecks(Reason weakVerdict, Facts facts) {
        for (Reason reason : SMTP_CHECKS) {
            if (reason == weakVerdict) {
                return Optional.of(new Decision(reason, "reader (confirmed by order)"));
            }
            if (holds(reason, weakVerdict, facts)) {
                return Optional.of(new Decision(reason, facts.meaning() == reason ? "status " + facts.clues().status()
                        : "phrase " + reason.code()));
            }
        }
        return Optional.empty();
    }

    private static boolean holds(Reason reason, Reason weakVerdict, Facts facts) {
        Reason meaning = facts.meaning();
        SmtpCommand command = facts.clues().command();
        return switch (reason) {
            case MESSAGE_TOO_BIG -> meaning == reason || meaning != EXCEED_LIMIT && facts.says(reason);
            case NO_RELAYING -> weakVerdict != SECURITY_ERROR && weakVerdict != SYSTEM_ERROR
                    && (command == null || !BEFORE_MAIL.contains(command)) && facts.says(reason);
            // A refusal at MAIL FROM or earlier is never about the recipient.
            // A refusal of the sender said at RCPT (a sender callout, Postfix's delayed reject) and a
            // suppression-list notice name an unknown user too, but are not about this recipient.
            case USER_UNKNOWN -> meaning != SUSPEND && !isBeforeRecipient(command) && !facts.saysSurely(REJECTED)
                    && !facts.says(SUPPRESSED) && (meaning == reason
                    ? NOT_A_USER.stream().noneMatch(facts::says)
                    : command == SmtpCommand.RCPT && facts.says(reason) || command == null && facts.saysSurely(reason));
            // An unknown-user wording after DATA (or at an unknown step) is a per-recipient filter.
            case FILTERED -> meaning != SUSPEND && !isBeforeRecipient(command) && (meaning == reason
                    ? facts.says(USER_UNKNOWN) || facts.says(FILTERED)
                    : (command == null || command == SmtpCommand.DATA || command == SmtpCommand.BDAT)
                            && (facts.says(FILTERED) || facts.says(USER_UNKNOWN)));
            case REJECTED -> meaning == reason
                    || command == SmtpCommand.MAIL && ABOUT_RECIPIENT.contains(meaning)
                    // A wording only ever said of the sender decides at any step (Postfix answers its
                    // sender checks at RCPT by default, smtpd_delay_reject=yes).
                    || facts.saysSurely(reason) && meaning != USER_UNKNOWN
                    // Away from MAIL FROM, a general sender wording beside a refusal of the client
                    // itself ("bad sender ip address") is about the connecting IP: blocked decides.
                    || facts.says(reason) && (command == SmtpCommand.MAIL || !facts.says(BLOCKED)
                            && (command == SmtpCommand.DATA && meaning != USER_UNKNOWN
                            || meaning == null || meaning == ON_HOLD || meaning == UNDEFINED));
            // "No MX and no address" and broken DNS answers are not an unknown host.
            // "Host not found, try again" is a DNS failure for now, not a domain that does not exist.
            case HOST_UNKNOWN -> meaning == reason ? !facts.says(NETWORK_ERROR) && !facts.says(NOT_ACCEPT)
                    : facts.says(reason) && !facts.says(NETWORK_ERROR);
            case SPAM_DETECTED -> meaning == reason || (command == null || !BEFORE_DATA.contains(command))
                    && facts.says(reason);
            // A code for a moved mailbox (x.7.17) under an unknown-user wording is the user (qmail-toaster).
            case HAS_MOVED -> meaning == reason ? !facts.says(USER_UNKNOWN) : facts.says(reason);
            default -> meaning == reason || facts.says(reason);
        };
    }

    private static boolean isBeforeRecipient(SmtpCommand command) {
        return command != null && (BEFORE_MAIL.contains(command) || command == SmtpCommand.MAIL
                || command == SmtpCommand.STARTTLS || command == SmtpCommand.AUTH);
    }

    /**
     * After the checks: the status code's meaning when it is a sure one, else the text scan, then the
     * fallbacks by status class, local delivery, reply code and SMTP step.
     */
    Optional<Decision> meaningOrScan(Facts facts, boolean localDelivery, boolean delayed) {
        Reason meaning = facts.meaning();
        DeliveryStatus status = facts.clues().status();
        if (meaning != null && !WEAK.contains(meaning)) {
            return Optional.of(new Decision(meaning, "status " + status));
        }
        for (Reason reason : TEXT_SCAN) {
            if (facts.says(reason)) {
                return Optional.of(new Decision(reason, "phrase " + reason.code()));
            }
        }
        if (meaning != null) {
            return Optional.of(new Decision(meaning, "status " + status));
        }
        if (status != null && status.subject() == 6) {
            return Optional.of(new Decision(CONTENT_ERROR, "status class " + status.statusClass() + ".6"));
        }
        if (status != null && status.subject() == 7) {
            return Optional.of(new Decision(SECURITY_ERROR, "status class " + status.statusClass() + ".7"));
        }
        if (localDelivery) {
            return Optional.of(new Decision(MAILER_ERROR, "local delivery error"));
        }
        int reply = facts.clues().replyCode() == null ? 0 : facts.clues().replyCode().value();
        if (reply >= 401 && reply <= 407 || reply >= 501 && reply <= 507) {
            return Optional.of(new Decision(SYNTAX_ERROR, "reply " + reply));
        }
        if (delayed) {
            return Optional.of(new Decision(EXPIRED, "delayed"));
        }
        SmtpCommand command = facts.clues().command();
        if (command == SmtpCommand.EHLO || command == SmtpCommand.HELO) {
            return Optional.of(new Decision(BLOCKED, "refused at " + command.label()));
        }
        return Optional.empty();
    }
}
