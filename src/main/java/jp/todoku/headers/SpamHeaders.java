package jp.todoku.headers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the vendor spam headers into {@link SpamSignal}s; unknown vendors and unknown codes are left out, not guessed. */
final class SpamHeaders {

    private static final int MAX_SIGNALS = 30;

    private SpamHeaders() {
    }

    static List<SpamSignal> read(List<HeaderField> fields) {
        List<SpamSignal> signals = new ArrayList<>();
        boolean forefrontSeen = false;
        for (HeaderField field : fields) {
            if (signals.size() >= MAX_SIGNALS) {
                break;
            }
            String name = field.lowerName();
            switch (name) {
                case "x-forefront-antispam-report" -> {
                    if (!forefrontSeen) {
                        forefront(field, signals);
                        forefrontSeen = true;
                    }
                }
                case "x-microsoft-antispam" -> {
                    String bcl = colonTags(field.value()).get("bcl");
                    if (bcl != null && !forefrontSeen) {
                        bcl(field.name(), bcl, signals);
                    }
                }
                case "x-ms-exchange-organization-scl" -> scl(field.name(), field.value().strip(), signals);
                case "x-spam-status" -> spamStatus(field, signals);
                case "x-spam-flag" -> signals.add(new SpamSignal(field.name(),
                        field.value().strip().toLowerCase(Locale.ROOT).startsWith("y") ? SpamMeaning.SPAM_FLAG_YES
                                : SpamMeaning.SPAM_FLAG_NO, short12(field.value())));
                case "x-spam-score" -> signals.add(new SpamSignal(field.name(), SpamMeaning.SPAM_SCORE, short12(field.value())));
                case "x-gm-spam" -> signals.add(new SpamSignal(field.name(),
                        field.value().strip().equals("0") ? SpamMeaning.GMAIL_NOT_SPAM : SpamMeaning.GMAIL_SPAM, short12(field.value())));
                case "x-gm-phishy" -> signals.add(new SpamSignal(field.name(),
                        field.value().strip().equals("0") ? SpamMeaning.GMAIL_NOT_PHISHY : SpamMeaning.GMAIL_PHISHY, short12(field.value())));
                default -> { }
            }
        }
        return List.copyOf(signals);
    }

    private static void forefront(HeaderField field, List<SpamSignal> signals) {
        Map<String, String> tags = colonTags(field.value());
        String scl = tags.get("scl");
        if (scl != null) {
            scl(field.name(), scl, signals);
        }
        String bcl = tags.get("bcl");
        if (bcl != null) {
            bcl(field.name(), bcl, signals);
        }
        String sfv = tags.get("sfv");
        if (sfv != null) {
            signals.add(new SpamSignal(field.name(), find("SFV_", sfv, SpamMeaning.SFV_OTHER), short12(sfv)));
        }
        String category = tags.get("cat");
        if (category != null) {
            String upper = category.toUpperCase(Locale.ROOT);
            SpamMeaning meaning = upper.equals("DIMP") || upper.equals("GIMP") || upper.equals("UIMP")
                    ? SpamMeaning.CAT_IMPERSONATION : find("CAT_", category, SpamMeaning.CAT_OTHER);
            signals.add(new SpamSignal(field.name(), meaning, short12(category)));
        }
    }

    /** Microsoft's SCL: -1 skipped filtering, 0-1 not spam, 5-6 spam, 7-9 high confidence spam. */
    private static void scl(String name, String value, List<SpamSignal> signals) {
        Integer level = number(value);
        if (level == null) {
            return;
        }
        SpamMeaning meaning = level < 0 ? SpamMeaning.SCL_BYPASS : level <= 4 ? SpamMeaning.SCL_CLEAN
                : level <= 6 ? SpamMeaning.SCL_SPAM : SpamMeaning.SCL_HIGH;
        signals.add(new SpamSignal(name, meaning, short12(value)));
    }

    /** Microsoft's bulk complaint level: 0 none, 1-3 few complaints, 4-9 bulk (the default threshold is 7, but 4 already filters in strict policies). */
    private static void bcl(String name, String value, List<SpamSignal> signals) {
        Integer level = number(value);
        if (level == null) {
            return;
        }
        SpamMeaning meaning = level <= 0 ? SpamMeaning.BCL_NONE : level <= 3 ? SpamMeaning.BCL_SOME : SpamMeaning.BCL_BULK;
        signals.add(new SpamSignal(name, meaning, short12(value)));
    }

    /** SpamAssassin: "Yes, score=7.1 required=5.0 tests=..." */
    private static void spamStatus(HeaderField field, List<SpamSignal> signals) {
        String value = field.value().strip();
        boolean yes = value.toLowerCase(Locale.ROOT).startsWith("yes");
        Map<String, String> words = spaceTags(value);
        String score = words.getOrDefault("score", words.getOrDefault("hits", ""));
        String required = words.getOrDefault("required", "");
        String shown = score.isEmpty() ? "" : required.isEmpty() ? score : score + " / " + required;
        signals.add(new SpamSignal(field.name(), yes ? SpamMeaning.SPAM_FLAG_YES : SpamMeaning.SPAM_FLAG_NO, short12(shown)));
    }

    private static SpamMeaning find(String prefix, String code, SpamMeaning otherwise) {
        String wanted = prefix + code.strip().toUpperCase(Locale.ROOT);
        for (SpamMeaning meaning : SpamMeaning.values()) {
            if (meaning.name().equals(wanted)) {
                return meaning;
            }
        }
        return otherwise;
    }

    /** "CIP:192.0.2.1;CTRY:JP;SCL:1;SRV:;SFV:NSPM;" into lower-case tag names. */
    private static Map<String, String> colonTags(String value) {
        Map<String, String> tags = new java.util.HashMap<>();
        for (String piece : value.split(";", 80)) {
            int colon = piece.indexOf(':');
            if (colon > 0) {
                tags.putIfAbsent(piece.substring(0, colon).strip().toLowerCase(Locale.ROOT), piece.substring(colon + 1).strip());
            }
        }
        return tags;
    }

    private static Map<String, String> spaceTags(String value) {
        Map<String, String> tags = new java.util.HashMap<>();
        for (String piece : value.split("[\\s,]+", 40)) {
            int equals = piece.indexOf('=');
            if (equals > 0) {
                tags.putIfAbsent(piece.substring(0, equals).toLowerCase(Locale.ROOT), piece.substring(equals + 1));
            }
        }
        return tags;
    }

    private static Integer number(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > 3) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    private static String short12(String value) {
        String text = value.strip();
        return text.length() > 24 ? text.substring(0, 24) : text;
    }
}
