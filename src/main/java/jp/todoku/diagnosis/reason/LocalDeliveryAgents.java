package jp.todoku.diagnosis.reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.SmtpCommand;
import jp.todoku.diagnosis.phrase.Clues;
import jp.todoku.diagnosis.phrase.Rule;
import jp.todoku.diagnosis.phrase.RuleTable;
import jp.todoku.diagnosis.phrase.TableLine;
import jp.todoku.diagnosis.phrase.TableReader;

/**
 * Local delivery programs (procmail, maildrop, dovecot ...): when the error text names one, its own
 * known messages decide, else the failure is {@code mailererror}. Only for failures after DATA or at
 * no known SMTP step, since a local program runs once the message is accepted. Table layout:
 * {@code agent, names, reason, match, text, note}: {@code names} are the words that show the agent
 * wrote the text, comma-separated.
 */
final class LocalDeliveryAgents {

    static final String RESOURCE = "diagnosis/reasons/local-delivery.tsv";
    static final String LAYOUT = "agent, names, reason, match, text, note";

    private record Agent(String name, List<String> names, RuleTable messages) {
    }

    private final List<Agent> agents;

    private LocalDeliveryAgents(List<Agent> agents) {
        this.agents = List.copyOf(agents);
    }

    static LocalDeliveryAgents load(String table, List<TableLine> lines) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, List<TableLine>> messages = new LinkedHashMap<>();
        for (TableLine line : lines) {
            line.requireColumns(5, 6, LAYOUT);
            String agent = line.column(0, "");
            List<String> words = List.of(line.column(1, "").toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
            if (agent.isEmpty() || words.stream().anyMatch(String::isBlank)) {
                throw line.fault("an agent needs a name and the words that name it");
            }
            List<String> known = names.putIfAbsent(agent, words);
            if (known != null && !known.equals(words)) {
                throw line.fault("agent '" + agent + "' is named by " + known + " on an earlier line");
            }
            // The rest of the line is a rule line: reason, match, text, then the note as the rule's note.
            messages.computeIfAbsent(agent, key -> new ArrayList<>()).add(new TableLine(table, line.number(),
                    List.of(line.column(2, ""), line.column(3, ""), line.column(4, ""), "*", "*", "*", line.column(5, ""))));
        }
        List<Agent> agents = new ArrayList<>();
        names.forEach((agent, words) -> agents.add(new Agent(agent, words, TableReader.rules(table, messages.get(agent)))));
        if (agents.isEmpty()) {
            throw new jp.todoku.diagnosis.phrase.TableFormatException(table, "has no agents");
        }
        return new LocalDeliveryAgents(agents);
    }

    static LocalDeliveryAgents bundled() {
        return load(RESOURCE, TableReader.lines(RESOURCE));
    }

    /** The reason a local delivery agent's message gives, with the table line, or empty when none wrote it. */
    Optional<Decision> find(Clues clues) {
        if (clues.text().isEmpty() || clues.command() != null && clues.command() != SmtpCommand.DATA) {
            return Optional.empty();
        }
        for (Agent agent : agents) {
            if (agent.names().stream().noneMatch(clues.text()::contains)) {
                continue;
            }
            Optional<Rule> rule = agent.messages().first(clues);
            return Optional.of(rule.map(found -> new Decision(found.reason(), "local " + agent.name() + " " + found.source()))
                    .orElse(new Decision(Reason.MAILER_ERROR, "local " + agent.name())));
        }
        return Optional.empty();
    }

    int size() {
        return agents.size();
    }
}
