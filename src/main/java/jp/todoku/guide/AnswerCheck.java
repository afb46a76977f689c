package jp.todoku.guide;

import java.net.IDN;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts or refuses one raw answer for one question, and normalises what it accepts (full-width
 * characters, an address typed where a domain was asked, 2026/11/20 for 2026-11-20).
 */
final class AnswerCheck {

    static final String PROBLEM_CHOICE = "guide.problem.choice";
    static final String PROBLEM_DOMAIN = "guide.problem.domain";
    static final String PROBLEM_TEXT = "guide.problem.text";
    static final String PROBLEM_DATE = "guide.problem.date";
    static final String PROBLEM_DATE_FUTURE = "guide.problem.date-future";
    static final String PROBLEM_DATE_OLD = "guide.problem.date-old";
    static final List<String> PROBLEM_KEYS = List.of(PROBLEM_CHOICE, PROBLEM_DOMAIN, PROBLEM_TEXT, PROBLEM_DATE,
            PROBLEM_DATE_FUTURE, PROBLEM_DATE_OLD);

    /** Mail troubles older than this are not what the questionnaire is for; also catches typed years like 0202. */
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final int PLAIN_TEXT_LIMIT = 200;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    /** The outcome of checking one answer: the value to keep, or the message key of the problem. */
    record Result(Optional<String> value, Optional<String> problem) {
        static Result accepted(String value) {
            return new Result(Optional.of(value), Optional.empty());
        }

        static Result refused(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private AnswerCheck() {
    }

    static Result check(Question question, String raw, Answers earlier, LocalDate today) {
        return switch (question.kind()) {
            case CHOICE -> question.findOption(raw, earlier).isPresent()
                    ? Result.accepted(raw) : Result.refused(PROBLEM_CHOICE);
            case TEXT -> question.format() == TextFormat.DOMAIN ? checkDomain(raw) : checkPlain(raw);
            case DATE -> checkDate(raw, today);
        };
    }

    static Result checkDomain(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        int at = text.lastIndexOf('@');
        if (at >= 0) {
            text = text.substring(at + 1);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(text, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Result.refused(PROBLEM_DOMAIN);
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return Result.refused(PROBLEM_DOMAIN);
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return Result.refused(PROBLEM_DOMAIN);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Result.refused(PROBLEM_DOMAIN);
            }
        }
        // Keep a Japanese domain readable for the customer and for support; ASCII domains are unchanged.
        return Result.accepted(IDN.toUnicode(ascii));
    }

    private static Result checkPlain(String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.length() > PLAIN_TEXT_LIMIT || text.chars().anyMatch(Character::isISOControl)) {
            return Result.refused(PROBLEM_TEXT);
        }
        return Result.accepted(text);
    }

    static Result checkDate(String raw, LocalDate today) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        Matcher matcher = DATE.matcher(text);
        if (text.length() > 20 || !matcher.matches()) {
            return Result.refused(PROBLEM_DATE);
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException impossible) {
            return Result.refused(PROBLEM_DATE);
        }
        if (date.isAfter(today)) {
            return Result.refused(PROBLEM_DATE_FUTURE);
        }
        if (date.isBefore(EARLIEST)) {
            return Result.refused(PROBLEM_DATE_OLD);
        }
        return Result.accepted(date.toString());
    }
}
