package jp.todoku.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import jp.todoku.diagnosis.Language;
import jp.todoku.system.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an outbox row as an RFC 5322 message: UTF-8 text from a Thymeleaf TEXT template whose every
 * word is a message key, an RFC 2047 subject with the ticket token, RFC 3834 {@code Auto-Submitted},
 * the row's own Message-ID, threading per ticket, a Reply-To that leads back to the ticket, and a
 * signed bounce address (VERP) as the envelope sender.
 */
@Component
class MessageComposer {

    private static final String CHARSET = "UTF-8";

    private final MailSettings settings;
    private final MailSwitch mail;
    private final PublicUrl publicUrl;
    private final Threads threads;
    private final MessageSource messages;
    private final Clock clock;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Session session = Session.getInstance(new Properties());

    MessageComposer(MailSettings settings, MailSwitch mail, PublicUrl publicUrl, Threads threads,
                    MessageSource messages, Clock clock) {
        this.settings = settings;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.threads = threads;
        this.messages = messages;
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(CHARSET);
        // A dedicated engine (not a bean): a second SpringTemplateEngine bean would switch off the web one.
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    MimeMessage compose(OutboxRow row) throws MessagingException {
        Locale locale = Locale.forLanguageTag(row.language().tag());
        ThreadedMessage message = new ThreadedMessage(session, row.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, false, CHARSET);
        helper.setFrom(address(settings.from(), messages.getMessage("mail.sender-name", null, locale)));
        helper.setTo(row.recipient());
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("Subject", encodedSubject(row, locale));
        helper.setText(body(row, locale), false);
        message.setHeader("Content-Language", row.language().tag());
        // RFC 3834: an answer to a message is auto-replied; a notice caused by staff is auto-generated.
        message.setHeader("Auto-Submitted", row.kind() == OutboxKind.ANSWER ? "auto-replied" : "auto-generated");
        // Exchange and Outlook: no out-of-office answers to our notices.
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (row.ticketReference() != null) {
            String root = MailHeaders.threadRoot(row.ticketReference(), settings.domain());
            message.setHeader("In-Reply-To", root);
            message.setHeader("References", root);
            helper.setReplyTo(settings.plusAddress(row.ticketReference()));
        } else {
            if (row.answeredId() != null) {
                message.setHeader("In-Reply-To", row.answeredId());
                message.setHeader("References", row.answeredId());
            }
            helper.setReplyTo(settings.supportAddress());
        }
        mail.seal().ifPresent(seal -> message.setEnvelopeFrom(
                settings.plusAddress(MailHeaders.bounceTag(row.id(), seal))));
        message.saveChanges();
        return message;
    }

    /**
     * RFC 2047 "B" words for the words, with the ticket token left plain in front, so simple filters
     * and people reading raw headers still see {@code [TD-…]}.
     */
    private String encodedSubject(OutboxRow row, Locale locale) throws MessagingException {
        String subject = subject(row, locale);
        String token = row.ticketReference() == null ? "" : MailHeaders.subjectToken(row.ticketReference()) + " ";
        String words = subject.substring(token.length());
        try {
            return MimeUtility.fold(9, token + MimeUtility.encodeText(words, CHARSET, "B"));
        } catch (UnsupportedEncodingException impossible) {
            throw new MessagingException("UTF-8 is always supported", impossible);
        }
    }

    String subject(OutboxRow row, Locale locale) {
        if (row.kind() == OutboxKind.ANSWER) {
            String answered = row.answeredSubject() == null ? "" : row.answeredSubject();
            return messages.getMessage(row.kind().subjectKey(), new Object[] {answered}, locale);
        }
        String status = row.ticketStatus() == null ? "" : messages.getMessage("tickets.status." + row.ticketStatus(),
                null, row.ticketStatus(), locale);
        return MailHeaders.subjectToken(row.ticketReference()) + " "
                + messages.getMessage(row.kind().subjectKey(), new Object[] {row.ticketReference(), status}, locale);
    }

    String body(OutboxRow row, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("kind", row.kind().name());
        context.setVariable("reference", row.ticketReference());
        context.setVariable("text", row.bodyText());
        context.setVariable("status", row.ticketStatus());
        context.setVariable("link", link(row).orElse(null));
        context.setVariable("staffLink", row.ticketReference() == null ? null
                : publicUrl.absolute("/staff/tickets/" + row.ticketReference()).orElse(null));
        return templates.process(row.kind().template(), context);
    }

    private Optional<String> link(OutboxRow row) {
        if (row.kind().carriesStatusLink()) {
            return threads.find(row.ticketReference())
                    .map(Threads.Thread::sealedToken)
                    .flatMap(sealed -> mail.seal().flatMap(seal -> seal.open(sealed)))
                    .flatMap(token -> publicUrl.absolute("/status/" + row.ticketReference() + "?token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        }
        return row.linkPath() == null ? Optional.empty() : publicUrl.absolute(row.linkPath());
    }

    private static InternetAddress address(String address, String personal) throws MessagingException {
        try {
            return new InternetAddress(address, personal, CHARSET);
        } catch (UnsupportedEncodingException impossible) {
            throw new MessagingException("UTF-8 is always supported", impossible);
        }
    }

}
