package jp.todoku.mail;

import java.util.Optional;
import jp.todoku.system.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether mail is on, and whether mail links can be made. No relay ({@code TODOKU_MAIL_HOST} empty)
 * means no mail at all; the site works the same and the staff console says so. Links need both the
 * public address ({@code TODOKU_PUBLIC_URL}) and the link key; without them mail that carries a
 * link waits in the outbox.
 */
@Component
public class MailSwitch {

    private final boolean relayConfigured;
    private final PublicUrl publicUrl;
    private final Optional<LinkSeal> seal;
    private final MailSettings settings;

    MailSwitch(@Value("${spring.mail.host:}") String relayHost, PublicUrl publicUrl, MailSettings settings) {
        this.relayConfigured = relayHost != null && !relayHost.isBlank();
        this.publicUrl = publicUrl;
        this.settings = settings;
        this.seal = LinkSeal.fromSecret(settings.linkKey());
    }

    /** Mail is sent at all: a relay and a From address are configured. */
    public boolean isOn() {
        return relayConfigured && !settings.from().isEmpty();
    }

    /** The support mailbox is read. */
    public boolean isReading() {
        return settings.imap().isConfigured();
    }

    /** Private status links (they need the public address and the link key). */
    public boolean canMakeStatusLinks() {
        return publicUrl.isConfigured() && seal.isPresent();
    }

    /** Links without a secret (the saved diagnosis and the ticket form). */
    public boolean canMakeLinks() {
        return publicUrl.isConfigured();
    }

    Optional<LinkSeal> seal() {
        return seal;
    }
}
