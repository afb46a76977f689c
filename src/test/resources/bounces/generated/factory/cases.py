"""The replies the scripted SMTP server gives, one case per local part.

Each case is what a real provider or MTA answers, with the source the text was taken from. The
`reason` is what the reply MEANS in Todoku's vocabulary (../../../../../../../../shared/docs/reasons.md,
i.e. /work/shared/docs/reasons.md), decided from the reply itself, never from what Todoku says.

phase:
  mail    the server answers MAIL FROM with the reply (the sender's local part is "mf-<case>")
  rcpt    the server answers RCPT TO:<case@example.jp> with the reply
  data    the server accepts RCPT TO and answers the end of DATA with the reply
  greet   a separate listener greets with the reply (the recipient's domain routes there)
  conn    connection-level: no SMTP reply at all (unknown host, refused, timeout)

Placeholders in the reply lines: {rcpt} the recipient address, {sender} the envelope sender,
{ip} the client's address (127.0.0.1), {host} the server's name.

Sources are cited per case (src=...). Abbreviations:
  GMAIL   Google Workspace Admin Help "Gmail SMTP errors and codes", support.google.com/a/answer/3726730
  MSNDR   Microsoft Learn "Email non-delivery reports and SMTP errors in Exchange Online" and the
          per-code "Fix NDR error ..." pages (MicrosoftDocs/SupportArticles-docs, Exchange/ExchangeOnline/email-delivery/ndr/)
  YAHOO   Yahoo Sender Hub "SMTP error codes", senders.yahooinc.com/smtp-error-codes and help.yahoo.com SLN3444
  APPLE   Apple "Information for senders to iCloud Mail", support.apple.com/HT204137, codes as quoted by smtp.codes/icloud
  POSTFIX Postfix 3.7 source, src/smtpd/smtpd_check.c and src/smtpd/smtpd.c (and its smtpd_check.ref test output)
  EXIM    The Exim Specification (4.96), chapters "Access control lists" and "Content scanning at ACL time"
  QMAIL   qmail 1.03 qmail-smtpd.c; vpopmail chkuser
  RFC     RFC 3463 / RFC 5248 IANA "Enumerated Status Codes" registry, RFC 7372, RFC 5321
"""

from collections import namedtuple

Case = namedtuple("Case", "name phase lines reason src")


def one(code, text):
    return [f"{code} {text}"]


def multi(code, status, texts):
    """Gmail-style multi-line reply: '550-5.1.1 text' ... '550 5.1.1 last'."""
    lines = [f"{code}-{status} {t}" for t in texts[:-1]]
    lines.append(f"{code} {status} {texts[-1]}")
    return lines


GSMTP = "x7si1234567pja.12 - gsmtp"

CASES = [
    # ---------------------------------------------------------------- Gmail
    Case("gmail-nouser", "rcpt", multi("550", "5.1.1", [
        "The email account that you tried to reach does not exist. Please try",
        "double-checking the recipient's email address for typos or",
        "unnecessary spaces. For more information, go to",
        " https://support.google.com/mail/?p=NoSuchUser " + GSMTP]),
        "userunknown", "GMAIL 550 5.1.1"),
    Case("gmail-overquota", "rcpt", multi("552", "5.2.2", [
        "The email account that you tried to reach is over quota. Please direct",
        "the recipient to",
        " https://support.google.com/mail/?p=OverQuotaPerm " + GSMTP]),
        "mailboxfull", "GMAIL 552 5.2.2 (older wording, as in tuono034s.com's collected bounces)"),
    Case("gmail-overquota-temp", "rcpt", multi("452", "4.2.2", [
        "The email account that you tried to reach is over quota. Please direct",
        "the recipient to",
        " https://support.google.com/mail/?p=OverQuotaTemp " + GSMTP]),
        "mailboxfull", "GMAIL 452 4.2.2"),
    Case("gmail-disabled", "rcpt", multi("550", "5.2.1", [
        "The email account that you tried to reach is disabled. Learn more at",
        " https://support.google.com/mail/?p=DisabledUser " + GSMTP]),
        "suspend", "GMAIL 550 5.2.1 'The email account that you tried to reach is disabled'"),
    Case("gmail-ratelimit", "data", multi("421", "4.7.28", [
        "[{ip}      15] Our system has detected an unusual rate of",
        "unsolicited mail originating from your IP address. To protect our",
        "users from spam, mail sent from your IP address has been temporarily",
        "rate limited. Please visit",
        " https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
        "review our Bulk Email Senders Guidelines. " + GSMTP]),
        "blocked", "GMAIL 421 4.7.28; smtp.codes/google (4.7.28 = IANA 'mail flood detected'); blocked, not "
        "spamdetected: the project's decision in commit 8b64da8 (a rate limit on the sending IP), as expected.tsv has it"),
    Case("gmail-dmarc", "data", multi("550", "5.7.26", [
        "Unauthenticated email from example.com is not accepted due to domain's",
        "DMARC policy. Please contact the administrator of example.com domain if",
        "this was a legitimate mail. To learn about the DMARC initiative, go to",
        " https://support.google.com/mail/?p=DmarcRejection " + GSMTP]),
        "authfailure", "GMAIL 550 5.7.26 DMARC"),
    Case("gmail-unauthenticated", "data", multi("550", "5.7.26", [
        "This mail has been blocked because the sender is unauthenticated.",
        "Gmail requires all senders to authenticate with either SPF or DKIM.",
        "",
        " Authentication results:",
        " DKIM = did not pass",
        " SPF [example.com] with ip: [{ip}] = did not pass",
        "",
        " For instructions on setting up authentication, go to",
        " https://support.google.com/mail/answer/81126#authentication " + GSMTP]),
        "authfailure", "GMAIL 550 5.7.26 'sender is unauthenticated' (SPF/DKIM)"),
    Case("gmail-spam", "data", multi("550", "5.7.1", [
        "[{ip}      12] Our system has detected that this message is",
        "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "this message has been blocked. Please visit",
        " https://support.google.com/mail/?p=UnsolicitedMessageError",
        " for more information. " + GSMTP]),
        "spamdetected", "GMAIL 550 5.7.1 likely unsolicited mail; pastebin.com/UaXB41uS"),
    Case("gmail-noptr", "rcpt", multi("550", "5.7.25", [
        "[{ip}] The IP address sending this message does not have a",
        "PTR record setup, or the corresponding forward DNS entry does not",
        "point to the sending IP. As a policy, Gmail does not accept messages",
        "from IPs with missing PTR records. For more information, go to",
        " https://support.google.com/mail/answer/81126#ip-practices " + GSMTP]),
        "requireptr", "GMAIL 550 5.7.25 PTR"),
    Case("gmail-toobig", "data", multi("552", "5.3.4", [
        "Your message exceeded Google's message size limits. For more",
        "information, go to",
        " https://support.google.com/mail/?p=MaxSizeError " + GSMTP]),
        "mesgtoobig", "GMAIL 552 5.3.4"),
    Case("gmail-toomanyrcpt", "rcpt", multi("452", "4.5.3", [
        "Your message has too many recipients. For more information regarding",
        "Google's sending limits, go to",
        " https://support.google.com/mail/?p=TooManyRecipientsError " + GSMTP]),
        "toomanyconn", "GMAIL 452 4.5.3"),
    Case("gmail-rfc5322", "data", multi("550", "5.7.1", [
        "[{ip}] Our system has detected that this message is not RFC",
        "5322 compliant: Multiple 'From' headers found. To reduce the amount",
        "of spam sent to Gmail, this message has been blocked. Please visit",
        " https://support.google.com/mail/?p=RfcMessageNonCompliant",
        " and review RFC 5322 specifications for more information. " + GSMTP]),
        "notcompliantrfc", "GMAIL 550 5.7.1 not RFC 5322 compliant"),
    Case("gmail-starttls", "mail", one("530", "5.7.0 Must issue a STARTTLS command first. " + GSMTP),
         "failedstarttls", "GMAIL 530 5.7.0 Must issue a STARTTLS command first"),
    # ---------------------------------------------------------------- Microsoft 365 / Outlook.com
    Case("m365-notfound", "rcpt", one("550", "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup"),
         "userunknown", "MSNDR fix-error-code-550-5-1-10-in-exchange-online"),
    Case("m365-bannedip", "rcpt", one("550", "5.7.606 Access denied, banned sending IP [{ip}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [TY1PEPF0000A1B2.jpnprd01.prod.outlook.com]"),
         "blocked", "MSNDR 'Use the delist portal' (550 5.7.606-649 Access denied, banned sending IP)"),
    Case("m365-resources", "rcpt", one("452", "4.3.1 Insufficient system resources (TrRiskyMemoryPressureException) [OS3PR01MB1234.jpnprd01.prod.outlook.com]"),
         "systemfull", "MSNDR Exchange back pressure: 452 4.3.1 Insufficient system resources"),
    Case("m365-dmarc", "data", one("550", "5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject. [TYCP286MB1234.JPNP286.PROD.OUTLOOK.COM]"),
         "authfailure", "MSNDR fix-error-code-550-5-7-509 (DMARC reject)"),
    Case("m365-dbeb", "rcpt", one("550", "5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [OS0P286MB0123.JPNP286.PROD.OUTLOOK.COM]"),
         "userunknown", "MSNDR 550 5.4.1 Recipient address rejected: Access denied (directory-based edge blocking); smtp.codes/exchangeonline"),
    Case("m365-quota", "data", one("554", "5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox. [Hostname=TYAPR01MB1234.jpnprd01.prod.outlook.com]"),
         "mailboxfull", "MSNDR fix-error-code-554-5-2-0 (QuotaExceededException)"),
    Case("m365-relay", "rcpt", one("550", "5.7.54 SMTP; Unable to relay recipient in non-accepted domain"),
         "norelaying", "MSNDR fix-error-code-550-5-7-54 (Unable to relay recipient in non-accepted domain)"),
    Case("outlook-unavailable", "rcpt", one("550", "5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [TY1JPN01FT012.eop-JPN01.prod.protection.outlook.com]"),
         "userunknown", "smtp.codes/outlook 550 5.5.0 Requested action not taken: mailbox unavailable"),
    Case("outlook-sc001", "rcpt", one("550", "SC-001 (BAY004-MC5F2) Unfortunately, messages from {ip} weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."),
         "blocked", "Outlook.com legacy SC-001 (quoted in issue 9; mail.live.com troubleshooting)"),
    # ---------------------------------------------------------------- Yahoo
    Case("yahoo-nouser", "data", one("554", "delivery error: dd This user doesn't have a yahoo.com account ({rcpt}) [0] - mta1234.mail.gq1.yahoo.com"),
         "userunknown", "YAHOO help.yahoo.com SLN3444 '554 delivery error: dd This user doesn't have a ... account'"),
    Case("yahoo-tss04", "mail", one("421", "4.7.0 [TSS04] Messages from {ip} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"),
         "badreputation", "YAHOO 421 4.7.0 [TSS04]; smtpfieldmanual.com/provider/yahoo/421/4.7.0"),
    Case("yahoo-policy", "data", one("554", "5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes"),
         "policyviolation", "YAHOO 554 5.7.9 Message not accepted for policy reasons"),
    Case("yahoo-bl21", "mail", one("553", "5.7.1 [BL21] Connections will not be accepted from {ip}, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes"),
         "blocked", "YAHOO 553 5.7.1 [BL21]"),
    Case("yahoo-unresolvable", "mail", one("451", "Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes"),
         "rejected", "YAHOO 451 'unresolvable RFC.5321 from domain' (the envelope sender's domain)"),
    # ---------------------------------------------------------------- Apple iCloud
    Case("icloud-cs01", "data", one("550", "5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"),
         "policyviolation", "APPLE 550 5.7.1 [CS01]; smtp.codes/icloud"),
    Case("icloud-nouser", "rcpt", one("550", "5.1.1 <{rcpt}>: user does not exist"),
         "userunknown", "APPLE 550 5.1.1 user does not exist; smtp.codes/icloud"),
    Case("icloud-volume", "rcpt", one("421", "4.7.1 Messages to {rcpt} deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137"),
         "speeding", "APPLE 421 4.7.1 deferred due to excessive volume; smtp.codes/icloud"),
    Case("icloud-dmarc", "data", one("550", "5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 for more information."),
         "authfailure", "APPLE 550 5.7.1 rejected due to ... DMARC policy; smtp.codes/icloud"),
    # ---------------------------------------------------------------- Japanese carriers
    # docomo answers "Unknown user" after the end of DATA when the recipient's own reception filter
    # (domain/address filtering) refuses the sender; the address exists (akisoftware.com explains it).
    # After DATA the reply means "filtered" (reasons.md: refused after DATA by a per-recipient filter).
    Case("docomo-unknown", "data", one("550", "Unknown user {rcpt}"),
         "filtered", "NTT docomo: akisoftware.com/pmsrv/help/docomo.html, tuono034s.com/web-entry/3575 (550 Unknown user, at end of DATA)"),
    Case("au-unknown", "rcpt", one("550", "<{rcpt}>: User unknown"),
         "userunknown", "KDDI au (ezweb.ne.jp/au.com): tuono034s.com/web-entry/3575 (550 <addr>: User unknown)"),
    # ---------------------------------------------------------------- Postfix texts
    Case("pf-virtual", "rcpt", one("550", "5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"),
         "userunknown", "POSTFIX smtpd_check.c check_rcpt_maps 'User unknown in virtual mailbox table'"),
    Case("pf-local", "rcpt", one("550", "5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"),
         "userunknown", "POSTFIX smtpd_check.c check_rcpt_maps 'User unknown in local recipient table'"),
    Case("pf-relay", "rcpt", one("554", "5.7.1 <{rcpt}>: Relay access denied"),
         "norelaying", "POSTFIX smtpd_check.c reject_unauth_destination 'Relay access denied'"),
    Case("pf-nohostname", "rcpt", one("550", "5.7.25 Client host rejected: cannot find your hostname, [{ip}]"),
         "requireptr", "POSTFIX smtpd_check.c reject_unknown_client_hostname (unknown_client_reject_code=550)"),
    Case("pf-senderdomain", "mail", one("553", "5.1.8 <{sender}>: Sender address rejected: Domain not found"),
         "rejected", "POSTFIX smtpd_check.c reject_unknown_sender_domain (smtpd_delay_reject=no)"),
    Case("pf-senderaccess", "mail", one("553", "5.7.1 <{sender}>: Sender address rejected: Access denied"),
         "rejected", "POSTFIX smtpd_check.c check_sender_access REJECT 'Sender address rejected: Access denied'"),
    Case("pf-sizelimit", "mail", one("552", "5.3.4 Message size exceeds fixed limit"),
         "mesgtoobig", "POSTFIX smtpd.c mail_cmd SIZE= check 'Message size exceeds fixed limit'"),
    Case("pf-spamhaus", "rcpt", one("554", "5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{ip}"),
         "blocked", "POSTFIX smtpd_check.c reject_rbl_client default rbl reply 'Service unavailable; Client host [%s] blocked using %s'"),
    Case("pf-barracuda", "rcpt", one("554", "Service unavailable; Client host [{ip}] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip={ip}"),
         "blocked", "Barracuda Reputation Block List reply (b.barracudacentral.org), issue 9"),
    Case("pf-helo", "rcpt", one("554", "5.7.1 <localhost>: Helo command rejected: Access denied"),
         "blocked", "POSTFIX smtpd_check.c check_helo_access REJECT; smtpd_check.ref 'Helo command rejected: Access denied'"),
    Case("pf-greylist", "rcpt", one("450", "4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.jp.html"),
         "blocked", "postgrey 1.37 default reply via Postfix check_policy_service; blocked, not expired: the project's "
        "decision in commit 8b64da8 (the reply refuses the client for now), as expected.tsv has it"),
    Case("pf-toomanyrcpt", "rcpt", one("452", "4.5.3 Error: too many recipients"),
         "toomanyconn", "POSTFIX smtpd.c rcpt_cmd smtpd_recipient_limit 'Error: too many recipients'"),
    Case("pf-queuewrite", "data", one("451", "4.3.0 Error: queue file write error"),
         "systemerror", "POSTFIX smtpd.c data_cmd cleanup failure 'Error: queue file write error'"),
    Case("pf-storage", "mail", one("452", "4.3.1 Insufficient system storage"),
         "systemfull", "POSTFIX smtpd.c mail_cmd queue_minfree 'Insufficient system storage'"),
    Case("pf-spf", "rcpt", one("550", "5.7.23 <{rcpt}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.open-spf.org/Why;s=mfrom;id={sender};ip={ip};r=<UNKNOWN>"),
         "authfailure", "postfix-policyd-spf-python 2.0 reject text (policyd-spf), RFC 7372 5.7.23"),
    Case("pf-content", "data", one("550", "5.7.1 Message rejected: executable attachments (.exe) are not allowed by the recipient's mail policy"),
         "policyviolation", "POSTFIX header_checks/body_checks 'REJECT text' action (README BUILTIN_FILTER_README), text of a site policy"),
    # ---------------------------------------------------------------- dovecot / amavis / spamassassin behind Postfix
    Case("dovecot-quota", "data", one("552", "5.2.2 <{rcpt}> Quota exceeded (mailbox for user is full)"),
         "mailboxfull", "Dovecot 2.3 LMTP quota_exceeded_message default 'Quota exceeded (mailbox for user is full)'"),
    Case("amavis-virus", "data", one("554", "5.7.0 Reject, id=04711-01 - INFECTED: Eicar-Signature"),
         "virusdetected", "amavisd-new 2.x reject reply for a virus ('INFECTED: ...')"),
    Case("amavis-spam", "data", one("554", "5.7.0 Reject, id=04712-02 - spam content rejected (score=15.2)"),
         "spamdetected", "amavisd-new 2.x reject reply for spam ('spam')"),
    # ---------------------------------------------------------------- Exim texts
    Case("exim-unrouteable", "rcpt", one("550", "Unrouteable address"),
         "userunknown", "EXIM default message for 'require verify = recipient' failing on an unknown local user"),
    Case("exim-virus", "data", one("550", "This message contains a virus (Eicar-Test-Signature) and has been rejected."),
         "virusdetected", "EXIM spec ch. 'Content scanning at ACL time', malware example 'This message contains a virus ($malware_name).'"),
    Case("exim-spam", "data", one("550", "Rejected: this message scored 15.2 spam points and looks like spam."),
         "spamdetected", "EXIM spec ch. 'Content scanning at ACL time', spam example 'This message scored $spam_score spam points.'"),
    Case("exim-ratelimit", "mail", one("451", "4.7.1 Sender rate overlimit - 102.0 / 1h / per_mail; rate limited, try again later"),
         "speeding", "EXIM spec ch. 'Access control lists', ratelimit example ('Sender rate $sender_rate / $sender_rate_period')"),
    Case("exim-mailloop", "data", one("550", "Too many \"Received\" headers - suspected mail loop"),
         "networkerror", "EXIM receive.c received_headers_max 'Too many \"Received\" headers - suspected mail loop'"),
    Case("exim-dkim", "data", one("550", "5.7.20 DKIM verification failed: no passing DKIM signature found for example.com"),
         "authfailure", "EXIM spec ch. 'DKIM, SPF, SRS and DMARC' acl_smtp_dkim deny; RFC 7372 5.7.20 'No passing DKIM signature found'"),
    # ---------------------------------------------------------------- Sendmail texts
    Case("sendmail-unknown", "rcpt", one("550", "5.1.1 <{rcpt}>... User unknown"),
         "userunknown", "sendmail 8 'User unknown' (sendmail/parseaddr.c, ERR_USER_UNKNOWN)"),
    Case("sendmail-relay", "rcpt", one("550", "5.7.1 <{rcpt}>... Relaying denied"),
         "norelaying", "sendmail 8 srvrsmtp.c / proto.m4 'Relaying denied'"),
    Case("sendmail-full", "data", one("552", "5.2.2 <{rcpt}>... Mailbox full"),
         "mailboxfull", "sendmail 8 mail.local / deliver.c EX_... 'Mailbox full' (5.2.2)"),
    Case("sendmail-moved", "rcpt", one("551", "5.1.6 <{rcpt}>... User has moved; please try <new-address@example.com>"),
         "hasmoved", "sendmail 8 virtusertable 'error:5.1.6:551 User has moved'; RFC 5321 551 'User not local; please try <forward-path>'"),
    # ---------------------------------------------------------------- qmail texts
    Case("qmail-rcpthosts", "rcpt", one("553", "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
         "norelaying", "QMAIL qmail-smtpd.c err_nogateway"),
    Case("qmail-nomailbox", "rcpt", one("511", "sorry, no mailbox here by that name (#5.1.1 - chkuser)"),
         "userunknown", "QMAIL vpopmail chkuser CHKUSER_NORCPT_STRING"),
    Case("qmail-databytes", "data", one("552", "sorry, that message size exceeds my databytes limit (#5.3.4)"),
         "mesgtoobig", "QMAIL qmail-smtpd.c err_size"),
    # ---------------------------------------------------------------- registry (RFC 3463 / 7372) texts
    Case("rfc-disabled", "rcpt", one("525", "5.7.13 <{rcpt}>: User account disabled"),
         "suspend", "RFC 7372 X.7.13 'User Account Disabled' (reply 525)"),
    Case("rfc-adminlimit", "data", one("552", "5.2.3 Message length exceeds administrative limit"),
         "exceedlimit", "RFC 3463 X.2.3 'Message length exceeds administrative limit'"),
    Case("rfc-authrequired", "mail", one("530", "5.7.0 Authentication required"),
         "securityerror", "RFC 4954 530 5.7.0 'Authentication required'"),
    # ---------------------------------------------------------------- greeting-level (own listeners)
    Case("toomanyconn", "greet", one("421", "4.7.0 mx.toomanyconn.example.jp Error: too many connections from {ip}"),
         "toomanyconn", "POSTFIX smtpd.c anvil smtpd_client_connection_count_limit 'Error: too many connections from %s'"),
    Case("noservice", "greet", one("554", "5.3.2 mx.noservice.example.jp ESMTP No SMTP service here"),
         "notaccept", "POSTFIX smtpd 'smtpd_client_restrictions = static:reject' style greeting; RFC 5321 554 'No SMTP service here'"),
    # ---------------------------------------------------------------- connection-level
    Case("nxdomain", "conn", [], "hostunknown", "recipient domain nosuchdomain.example.jp does not exist (NXDOMAIN)"),
    Case("refused", "conn", [], "expired", "connection refused on 127.0.0.1:2999 until the queue lifetime ran out"),
    Case("timeout", "conn", [], "expired", "server on 127.0.0.1:2528 accepts TCP and never greets; the queue lifetime ran out"),
]

BY_NAME = {c.name: c for c in CASES}

# Connection-level and greeting-level cases are reached by the recipient's domain.
DOMAINS = {
    "toomanyconn": "toomanyconn.example.jp",
    "noservice": "noservice.example.jp",
    "nxdomain": "nosuchdomain.example.jp",
    "refused": "refused.example.jp",
    "timeout": "timeout.example.jp",
}

# Several recipients in one message; names are cases (rcpt or data phase) or ok-N (accepted and delivered).
MULTI = {
    "multi-rcpt3": ["gmail-nouser", "m365-notfound", "ok-1", "au-unknown"],
    "multi-mixed": ["pf-virtual", "gmail-overquota", "ok-2", "pf-relay"],
    "multi-data": ["exim-virus", "ok-3"],
    "multi-tempperm": ["sendmail-unknown", "icloud-volume", "ok-4"],
}

SINK_DOMAIN = "bounces.example.com"
RECIPIENT_DOMAIN = "example.jp"


def recipient(case):
    domain = DOMAINS.get(case.name, RECIPIENT_DOMAIN)
    return f"{case.name}@{domain}"


def sender(case_name):
    case = BY_NAME.get(case_name)
    if case is not None and case.phase == "mail":
        return f"mf-{case_name}@{SINK_DOMAIN}"
    return f"{case_name}@{SINK_DOMAIN}"


def temporary(case):
    if case.phase == "conn":
        return case.name != "nxdomain"
    return case.lines[-1][0] == "4"


def reply_status(case):
    """The enhanced status code the server's reply itself carries ('550 5.1.1 ...', qmail's '(#5.7.1)'), or ''."""
    import re
    if not case.lines:
        return ""
    first = case.lines[0]
    m = re.match(r"^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b", first) or re.search(r"\(#([245]\.\d{1,3}\.\d{1,3})", first)
    return m.group(1) if m else ""


def reply_code(case):
    return case.lines[-1][:3] if case.lines else ""
