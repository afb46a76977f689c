package jp.todoku.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.todoku.diagnosis.Knowledge;
import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reply drafts built from a knowledge entry: a greeting, the entry's explanation and its numbered
 * steps, and a closing, in the staff member's language. Staff edit the draft before sending it.
 */
@Component
class CannedReplies {

    /** Offered for one ticket: at most this many entries. */
    static final int MAX_OFFERED = 5;

    private final Knowledge knowledge;
    private final MessageSource messages;

    CannedReplies(MessageSource messages) {
        this.knowledge = Knowledge.bundled();
        this.messages = messages;
    }

    /** Entries to offer: those the snapshot names, else those for the ticket's main reason. Id to title. */
    Map<String, String> offered(DiagnosisSnapshot snapshot, String primaryReason, Locale locale) {
        Language language = Language.of(locale);
        Map<String, String> offered = new LinkedHashMap<>();
        snapshot.entryIds().forEach(id -> knowledge.find(id).ifPresent(entry -> offer(offered, entry, language)));
        if (offered.isEmpty() && primaryReason != null) {
            knowledge.entries().stream()
                    .filter(entry -> entry.findReason().map(reason -> reason.code().equals(primaryReason)).orElse(false))
                    .forEach(entry -> offer(offered, entry, language));
        }
        return offered;
    }

    /** Titles of the entries the snapshot names, in the staff member's language; unknown ids are left out. */
    Map<String, String> titles(Collection<String> ids, Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        ids.forEach(id -> knowledge.find(id).ifPresent(entry -> titles.put(id, entry.text(Language.of(locale)).title())));
        return titles;
    }

    Optional<String> draft(String entryId, Locale locale) {
        return knowledge.find(entryId).map(entry -> draft(entry, locale));
    }

    private String draft(KnowledgeEntry entry, Locale locale) {
        KnowledgeEntry.Text text = entry.text(Language.of(locale));
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("staff.canned.greeting", null, locale));
        lines.add("");
        lines.add(text.summary());
        if (!text.steps().isEmpty()) {
            lines.add("");
            lines.add(messages.getMessage("staff.canned.steps", null, locale));
            for (int step = 0; step < text.steps().size(); step++) {
                lines.add((step + 1) + ". " + text.steps().get(step));
            }
        }
        lines.add("");
        lines.add(messages.getMessage("staff.canned.closing", null, locale));
        return String.join("\n", lines);
    }

    private static void offer(Map<String, String> offered, KnowledgeEntry entry, Language language) {
        if (offered.size() < MAX_OFFERED) {
            offered.putIfAbsent(entry.id(), entry.text(language).title());
        }
    }
}
