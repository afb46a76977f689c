package jp.todoku.staff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the diagnosis snapshot a ticket carries. The self-service side writes it
 * ({@code {"kind":..,"failures":[{"recipient":..,"status":..,"replyCode":..,"reason":..,"knowledgeIds":[..]}]}});
 * this reader only trusts it to be JSON and picks the fields it knows (per recipient: address, codes,
 * reason, knowledge entries, evidence lines), also under a few aliases so an older shape still shows.
 * Anything else is ignored; broken JSON gives "unreadable", never an error page. Sizes are bounded.
 */
record DiagnosisSnapshot(boolean present, boolean readable, List<RecipientFinding> findings) {

    static final int MAX_RECIPIENTS = 50;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_TEXT = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LISTS = List.of("failures", "recipients", "deliveries", "results");

    DiagnosisSnapshot {
        findings = List.copyOf(findings);
    }

    static DiagnosisSnapshot read(String json) {
        if (json == null || json.isBlank()) {
            return new DiagnosisSnapshot(false, false, List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException broken) {
            return new DiagnosisSnapshot(true, false, List.of());
        }
        List<RecipientFinding> findings = new ArrayList<>();
        for (JsonNode failure : failures(root)) {
            if (findings.size() == MAX_RECIPIENTS) {
                break;
            }
            if (failure.isObject()) {
                findings.add(finding(failure));
            }
        }
        return new DiagnosisSnapshot(true, true, findings);
    }

    /** The knowledge entry ids the snapshot names, in order, without repeats. */
    Set<String> entryIds() {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(finding -> ids.addAll(finding.entryIds()));
        return ids;
    }

    private static Iterable<JsonNode> failures(JsonNode root) {
        if (root.isArray()) {
            return root;
        }
        JsonNode holder = root.has("diagnosis") ? root.get("diagnosis") : root;
        for (String name : LISTS) {
            JsonNode list = holder.get(name);
            if (list != null && list.isArray()) {
                return list;
            }
        }
        // A single failure written at the top level.
        return holder.has("recipient") || holder.has("reason") ? List.of(holder) : List.of();
    }

    private static RecipientFinding finding(JsonNode failure) {
        JsonNode advice = failure.path("advice");
        JsonNode entry = first(failure, "knowledgeEntry", "entry", "knowledge");
        if (entry.isMissingNode()) {
            entry = first(advice, "best", "entry");
        }
        // The self-service snapshot lists "knowledgeIds", best first; older shapes name one entry.
        List<String> entryIds = lines(failure.path("knowledgeIds"));
        if (entryIds.isEmpty()) {
            String entryId = text(failure, "knowledgeEntryId", "entryId");
            if (entryId.isEmpty()) {
                entryId = entry.isValueNode() ? scalar(entry) : text(entry, "id");
            }
            if (!entryId.isEmpty()) {
                entryIds = List.of(entryId);
            }
        }
        String entryTitle = text(failure, "knowledgeTitle", "entryTitle");
        if (entryTitle.isEmpty()) {
            entryTitle = text(entry, "title");
        }
        JsonNode evidence = first(failure, "evidence", "evidenceLines");
        if (evidence.isMissingNode()) {
            evidence = advice.path("evidence");
        }
        return new RecipientFinding(text(failure, "recipient", "address"), text(failure, "status", "deliveryStatus"),
                text(failure, "replyCode", "reply"), text(failure, "reason"), text(failure, "temporary"),
                text(failure, "diagnosticText", "diagnostic"), text(failure, "remoteHost"),
                text(failure, "command", "smtpCommand"), entryIds, entryTitle, lines(evidence));
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (!value.isMissingNode() && !value.isNull()) {
                return value;
            }
        }
        return node.path("\u0000missing");
    }

    private static String text(JsonNode node, String... names) {
        JsonNode value = first(node, names);
        if (value.isValueNode()) {
            return scalar(value);
        }
        // Value records (status, reply code) may be written as objects: show their compact form.
        if (value.isObject() && value.has("value")) {
            return scalar(value.get("value"));
        }
        if (value.isObject() && value.has("code")) {
            return scalar(value.get("code"));
        }
        return "";
    }

    private static String scalar(JsonNode value) {
        String text = value.isNull() ? "" : value.asString();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static List<String> lines(JsonNode evidence) {
        List<String> lines = new ArrayList<>();
        if (evidence.isArray()) {
            for (JsonNode line : evidence) {
                if (lines.size() == MAX_EVIDENCE) {
                    break;
                }
                if (line.isValueNode()) {
                    lines.add(scalar(line));
                }
            }
        } else if (evidence.isValueNode() && !evidence.isNull()) {
            lines.add(scalar(evidence));
        }
        return lines;
    }
}
