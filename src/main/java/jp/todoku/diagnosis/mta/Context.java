package jp.todoku.diagnosis.mta;

import java.util.List;
import java.util.Locale;
import jp.todoku.diagnosis.message.Headers;
import jp.todoku.diagnosis.message.ParsedMessage;

/**
 * One message prepared for the readers: the parsed parts plus the facts every reader wants
 * (the error text cut before the returned original, lower-cased views, the report's host and date).
 */
public final class Context {

    private final ParsedMessage message;
    private final String errorText;
    private final String lowerErrorText;
    private final String lowerSubject;
    private final String lowerFrom;
    private final String reportingHost;
    private final String sender;
    private final Headers original;

    public Context(ParsedMessage message) {
        this.message = message;
        String body = message.bodyText();
        String subject = message.subject().toLowerCase(Locale.ROOT);
        if (subject.startsWith("fwd:") || subject.startsWith("fw:")) {
            // A bounce forwarded inline by a person: its lines are quoted with ">".
            body = jp.todoku.diagnosis.message.MessageText.stripQuotes(body);
        }
        this.errorText = Sections.errorSection(body);
        boolean quoted = body != message.bodyText();
        this.lowerErrorText = errorText.toLowerCase(Locale.ROOT);
        this.lowerSubject = message.subject().toLowerCase(Locale.ROOT);
        this.lowerFrom = message.from().toLowerCase(Locale.ROOT);
        this.reportingHost = findReportingHost(message);
        this.original = !message.original().isEmpty() ? message.original()
                : quoted ? Sections.inlineOriginal(body) : Sections.inlineOriginal(body, errorText.length());
        this.sender = findSender(message, original);
    }

    private static String findReportingHost(ParsedMessage message) {
        String mta = message.deliveryStatus().perMessage().get("reporting-mta");
        if (!mta.isEmpty()) {
            int semicolon = mta.indexOf(';');
            String host = (semicolon >= 0 ? mta.substring(semicolon + 1) : mta).trim().toLowerCase(Locale.ROOT);
            return host.isEmpty() ? null : host;
        }
        String from = Scan.address(message.from());
        if (from != null) {
            return from.substring(from.indexOf('@') + 1);
        }
        return null;
    }

    private static String findSender(ParsedMessage message, Headers original) {
        Headers status = message.deliveryStatus().perMessage();
        for (String field : new String[] {"x-postfix-sender", "x-original-sender", "original-envelope-sender"}) {
            String value = Scan.address(status.get(field));
            if (value != null) {
                return value;
            }
        }
        String returnPath = Scan.address(original.get("return-path"));
        if (returnPath != null) {
            return returnPath;
        }
        return Scan.address(original.get("from"));
    }

    private java.util.Map<String, String> textByRecipient;
    private List<Draft> textDrafts;

    /** The recipient lines of the readable part (read once per message). */
    List<Draft> textDrafts() {
        if (textDrafts == null) {
            textDrafts = TextReports.read(errorText, null, false);
        }
        return textDrafts;
    }

    /**
     * The error lines next to the recipient's address in the readable part ("" when it is not named
     * there). The readable part is read once per message, however many recipients ask.
     */
    String textAround(String recipient) {
        if (textByRecipient == null) {
            textByRecipient = new java.util.HashMap<>();
            for (Draft draft : textDrafts()) {
                textByRecipient.putIfAbsent(draft.recipient.toLowerCase(Locale.ROOT), draft.diagnosticText);
            }
        }
        return recipient == null ? "" : textByRecipient.getOrDefault(recipient.toLowerCase(Locale.ROOT), "");
    }

    public ParsedMessage message() {
        return message;
    }

    public Headers headers() {
        return message.headers();
    }

    /** The text a person reads as the error report, without the returned original message. */
    public String errorText() {
        return errorText;
    }

    public String lowerErrorText() {
        return lowerErrorText;
    }

    public String lowerSubject() {
        return lowerSubject;
    }

    public String lowerFrom() {
        return lowerFrom;
    }

    /** The returned original's headers: an attached part, or pasted below the bounce's text. */
    public Headers original() {
        return original;
    }

    public String reportingHost() {
        return reportingHost;
    }

    public String sender() {
        return sender;
    }

    public String date() {
        String date = message.headers().get("date");
        return date.isEmpty() ? null : date;
    }

    public boolean hasDeliveryStatus() {
        return !message.deliveryStatus().isEmpty();
    }

    /** True when any Received header or the X-Mailer names this software (lower case). */
    public boolean mentions(String header, String lowerWord) {
        for (String value : message.headers().all(header)) {
            if (value.toLowerCase(Locale.ROOT).contains(lowerWord)) {
                return true;
            }
        }
        return false;
    }
}
