package jp.todoku.diagnosis.mta;

import java.util.List;
import jp.todoku.diagnosis.message.Headers;
import jp.todoku.diagnosis.message.ParsedMessage;

/**
 * The one ordered list of format readers: specific mail-server families first (each recognises its
 * own report cheaply), then the generic RFC 3464 report, abuse reports, auto-replies, and last the
 * careful heuristic reader.
 */
public final class Readers {

    private final List<MailServerReader> readers;

    private Readers(List<MailServerReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The standard list; its data tables load here, so a broken installation fails at start. */
    public static Readers standard() {
        FormatMessages.bundled();
        return new Readers(List.of(
                // An abuse report is unmistakable (its own MIME part) and may come from any sender.
                new FeedbackReportReader(),
                new PostfixReader(),
                new SendmailReader(),
                new GoogleGroupsReader(),
                new GmailReader(),
                // Zoho writes Exim's opening sentence too; its sender domain is the surer mark.
                new ZohoReader(),
                new EximReader(),
                new QmailReader(),
                new AmazonSesReader(),
                new PowerMtaReader(),
                new Office365Reader(),
                new Exchange2007Reader(),
                new OutlookReader(),
                new DragonflyReader(),
                new TrendMicroReader(),
                new MFilterReader(),
                new KddiReader(),
                new YahooReader(),
                new CourierReader(),
                new McAfeeReader(),
                new OpenSmtpdReader(),
                new Exchange2003Reader(),
                new DominoReader(),
                new IMailServerReader(),
                new EzwebReader(),
                new VerizonReader(),
                new Rfc3464Reader(),
                new MailingListReader(),
                new AutoReplyReader(),
                new HeuristicReader()));
    }

    public List<MailServerReader> list() {
        return readers;
    }

    /** What the readers made of one message: the findings and the returned original's headers. */
    public record Reading(List<Finding> findings, Headers original) {
        public Reading {
            findings = List.copyOf(findings);
        }
    }

    /** The first reader's findings that recognise the message and decode something; empty if none. */
    public Reading read(ParsedMessage message) {
        Context context = new Context(message);
        for (MailServerReader reader : readers) {
            if (reader.recognises(context)) {
                List<Finding> findings = reader.read(context);
                if (!findings.isEmpty()) {
                    return new Reading(findings, context.original());
                }
            }
        }
        return new Reading(List.of(), context.original());
    }
}
