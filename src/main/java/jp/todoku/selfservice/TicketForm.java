package jp.todoku.selfservice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.todoku.guide.Direction;
import jp.todoku.guide.Scope;
import jp.todoku.guide.Symptom;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ticket form as the browser sends it (seed 002's fields plus name, contact and comment). A
 * mutable bean because Spring binds and re-renders it field by field, so nothing typed is lost on an
 * error. Messages are keys in messages/selfservice*.properties.
 */
public class TicketForm {

    @NotBlank(message = "{selfservice.ticket.error.domain.required}")
    @Size(max = 253, message = "{selfservice.ticket.error.domain.format}")
    @Pattern(regexp = "^$|^[^\\s@]*@?[A-Za-z0-9\\p{L}-]+(\\.[A-Za-z0-9\\p{L}-]+)+\\.?$",
            message = "{selfservice.ticket.error.domain.format}")
    private String domain;

    @NotNull(message = "{selfservice.ticket.error.direction}")
    private Direction direction;

    @NotNull(message = "{selfservice.ticket.error.since.required}")
    @PastOrPresent(message = "{selfservice.ticket.error.since.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    @NotNull(message = "{selfservice.ticket.error.symptom}")
    private Symptom symptom;

    @NotNull(message = "{selfservice.ticket.error.scope}")
    private Scope scope;

    @PastOrPresent(message = "{selfservice.ticket.error.sentAt.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime sentAt;

    @Email(message = "{selfservice.ticket.error.address}")
    @Size(max = 320, message = "{selfservice.ticket.error.address}")
    private String sender;

    @Email(message = "{selfservice.ticket.error.address}")
    @Size(max = 320, message = "{selfservice.ticket.error.address}")
    private String recipient;

    private String errorText;

    @Size(max = 100, message = "{selfservice.ticket.error.name}")
    private String name;

    @NotBlank(message = "{selfservice.ticket.error.contact.required}")
    @Email(message = "{selfservice.ticket.error.contact.format}")
    @Size(max = 320, message = "{selfservice.ticket.error.contact.format}")
    private String contact;

    @Size(max = 10_000, message = "{selfservice.ticket.error.comment}")
    private String comment;

    private String guideAnswers;

    /** The header fields carried from the header page (issue 13); kept with the ticket, analysed for staff. */
    @Size(max = 1_000_000)
    private String headerText;

    public String getHeaderText() { return headerText; }
    public void setHeaderText(String headerText) { this.headerText = headerText; }

    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public Symptom getSymptom() { return symptom; }
    public void setSymptom(Symptom symptom) { this.symptom = symptom; }
    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope; }
    public LocalDateTime getSentAt() { return sentAt; }
    public void setSentAt(LocalDateTime sentAt) { this.sentAt = sentAt; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getErrorText() { return errorText; }
    public void setErrorText(String errorText) { this.errorText = errorText; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getGuideAnswers() { return guideAnswers; }
    public void setGuideAnswers(String guideAnswers) { this.guideAnswers = guideAnswers; }
}
