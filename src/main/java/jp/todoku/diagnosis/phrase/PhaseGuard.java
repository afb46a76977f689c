package jp.todoku.diagnosis.phrase;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.SmtpCommand;

/**
 * The SMTP steps at which a rule applies, as written in a table: {@code *} (any step, known or not),
 * a comma list such as {@code MAIL,RCPT}, or the same after {@code !} for "any step but these".
 * {@code NONE} in a list stands for "the step is not known".
 */
public record PhaseGuard(String spelling, Set<SmtpCommand> commands, boolean includesUnknown, boolean negated) {

    public static final PhaseGuard ANY = new PhaseGuard("*", Set.of(), true, true);

    public static Optional<PhaseGuard> find(String spelling) {
        String text = spelling.trim();
        if (text.isEmpty() || text.equals("*")) {
            return Optional.of(ANY);
        }
        boolean negated = text.startsWith("!");
        EnumSet<SmtpCommand> commands = EnumSet.noneOf(SmtpCommand.class);
        boolean unknown = false;
        for (String word : text.substring(negated ? 1 : 0).split(",")) {
            if (word.trim().equalsIgnoreCase("NONE")) {
                unknown = true;
                continue;
            }
            Optional<SmtpCommand> command = SmtpCommand.find(word);
            if (command.isEmpty() || !command.get().label().equalsIgnoreCase(word.trim())
                    && !command.get().name().equalsIgnoreCase(word.trim())) {
                return Optional.empty();
            }
            commands.add(command.get());
        }
        return Optional.of(new PhaseGuard(text, Set.copyOf(commands), negated != unknown, negated));
    }

    /** The line names NONE itself: its wording holds even when the SMTP step is not known. */
    public boolean namesUnknownStep() {
        return !negated && includesUnknown;
    }

    public boolean admits(SmtpCommand command) {
        if (command == null) {
            return includesUnknown;
        }
        return commands.contains(command) != negated;
    }

    @Override
    public String toString() {
        return spelling;
    }
}
