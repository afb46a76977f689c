package jp.todoku.mail;

import java.util.Locale;
import jp.todoku.diagnosis.DeliveryFailure;
import jp.todoku.diagnosis.Diagnosis;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The diagnosis summary in an answer to a forwarded bounce: per failed recipient the address, the
 * reason (the knowledge entry's title, the self-service label otherwise, with its code), the plain
 * explanation and the steps. Every word comes from the knowledge base or a message key.
 */
@Component
class AnswerText {

    private final MessageSource messages;

    AnswerText(MessageSource messages) {
        this.messages = messages;
    }

    String summary(Diagnosis diagnosis, Language language) {
        Locale locale = Locale.forLanguageTag(language.tag());
        if (diagnosis.failures().isEmpty()) {
            return message("mail.answer.nothing-found", locale);
        }
        StringBuilder text = new StringBuilder();
        for (DeliveryFailure failure : diagnosis.failures()) {
            String recipient = failure.findRecipient().orElse(message("mail.answer.unknown-recipient", locale));
            String code = failure.reason().code();
            var entry = failure.findAdvice().map(advice -> advice.best().localized(language));
            String title = entry.map(KnowledgeEntry.Localized::title)
                    .orElseGet(() -> messages.getMessage("reason." + code, null, code, locale));
            text.append(messages.getMessage("mail.answer.recipient", new Object[] {recipient}, locale)).append('\n');
            text.append(messages.getMessage("mail.answer.reason", new Object[] {title, code}, locale)).append('\n');
            if (!failure.diagnosticText().isBlank()) {
                text.append("  ").append(Outbox.limit(failure.diagnosticText().strip(), 300)).append('\n');
            }
            entry.ifPresent(localized -> {
                text.append('\n').append(localized.summary()).append('\n');
                if (!localized.steps().isEmpty()) {
                    text.append('\n').append(message("mail.answer.steps", locale)).append('\n');
                    for (int index = 0; index < localized.steps().size(); index++) {
                        text.append("  ").append(index + 1).append(". ").append(localized.steps().get(index)).append('\n');
                    }
                }
            });
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
