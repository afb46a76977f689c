package jp.todoku.headers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the header block in what was pasted or uploaded and unfolds it into fields, in one pass over the
 * text. Lenient where mail clients differ: any line end, a banner line above the headers (Outlook's
 * "Microsoft Mail Internet Headers Version 2.0", an mbox "From " line), continuation lines whose
 * indentation was lost when copied, and a bounce whose returned message carries the headers that matter.
 */
final class HeaderReader {

    /** Lines above the first field that may be skipped (banners, an mbox separator, a pasted title). */
    private static final int SKIPPABLE_LINES = 10;

    private final HeaderLimits limits;

    HeaderReader(HeaderLimits limits) {
        this.limits = limits;
    }

    /** What was read: the fields, where they came from and which caps were met. */
    record Block(List<HeaderField> fields, HeaderAnalysis.Source source, Set<HeaderLimits.Limit> limitsMet) {
    }

    Block read(String input) {
        Set<HeaderLimits.Limit> met = EnumSet.noneOf(HeaderLimits.Limit.class);
        String text = withLineFeeds(input, (long) limits.maxHeaderChars() * 4, met);
        int start = firstFieldLine(text);
        if (start < 0) {
            return new Block(List.of(), HeaderAnalysis.Source.HEADERS, met);
        }
        List<HeaderField> top = new ArrayList<>();
        int bodyStart = readFields(text, start, top, met);
        if (bodyStart >= 0 && isBounce(top)) {
            int returned = returnedPart(text, bodyStart);
            if (returned >= 0) {
                List<HeaderField> inner = new ArrayList<>();
                Set<HeaderLimits.Limit> innerMet = EnumSet.noneOf(HeaderLimits.Limit.class);
                readFields(text, returned, inner, innerMet);
                if (inner.stream().anyMatch(field -> field.is("Received") || field.is("Message-ID"))) {
                    innerMet.addAll(met);
                    return new Block(List.copyOf(inner), HeaderAnalysis.Source.BOUNCE_RETURNED_PART, innerMet);
                }
            }
        }
        return new Block(List.copyOf(top), bodyStart >= 0 ? HeaderAnalysis.Source.MESSAGE : HeaderAnalysis.Source.HEADERS, met);
    }

    /** CRLF, CR and LF all become LF; beyond the cap the text is cut (the header block is near the top). */
    private static String withLineFeeds(String input, long cap, Set<HeaderLimits.Limit> met) {
        int length = input.length();
        if (length > cap) {
            length = (int) cap;
            met.add(HeaderLimits.Limit.HEADER_SIZE);
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = input.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && input.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != '\u0000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstFieldLine(String text) {
        int position = 0;
        for (int line = 0; line <= SKIPPABLE_LINES && position < text.length(); line++) {
            int end = lineEnd(text, position);
            if (fieldNameEnd(text, position, end) > 0) {
                return position;
            }
            position = end + 1;
        }
        return -1;
    }

    /** Reads fields from {@code start} to the first empty line; returns where the body starts, or -1 when there is none. */
    private int readFields(String text, int start, List<HeaderField> fields, Set<HeaderLimits.Limit> met) {
        int position = start;
        int limit = Math.min(text.length(), start + limits.maxHeaderChars());
        String name = null;
        StringBuilder value = new StringBuilder();
        while (position < limit) {
            int end = Math.min(lineEnd(text, position), limit);
            if (isEmptyLine(text, position, end)) {
                add(fields, name, value, met);
                return end + 1 <= text.length() ? end + 1 : -1;
            }
            int colon = fieldNameEnd(text, position, end);
            char first = text.charAt(position);
            if (colon > 0 && first != ' ' && first != '\t') {
                add(fields, name, value, met);
                if (fields.size() >= limits.maxFields()) {
                    met.add(HeaderLimits.Limit.FIELDS);
                    return -1;
                }
                name = text.substring(position, colon).strip();
                value.setLength(0);
                append(value, text, colon + 1, end, met);
            } else if (name != null) {
                // Folded (or unfolded by a viewer that dropped the indentation): one value either way.
                value.append(' ');
                append(value, text, position, end, met);
            }
            position = end + 1;
        }
        if (position < text.length() && limit < text.length()) {
            met.add(HeaderLimits.Limit.HEADER_SIZE);
        }
        add(fields, name, value, met);
        return -1;
    }

    private static boolean isEmptyLine(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private void append(StringBuilder value, String text, int start, int end, Set<HeaderLimits.Limit> met) {
        int room = limits.maxFieldChars() - value.length();
        if (room <= 0) {
            if (end > start) {
                met.add(HeaderLimits.Limit.FIELD_LENGTH);
            }
            return;
        }
        int stop = Math.min(end, start + room);
        if (stop < end) {
            met.add(HeaderLimits.Limit.FIELD_LENGTH);
        }
        value.append(text, start, stop);
    }

    private static void add(List<HeaderField> fields, String name, StringBuilder value, Set<HeaderLimits.Limit> met) {
        if (name != null && !name.isEmpty()) {
            fields.add(new HeaderField(name, collapse(value), fields.size()));
        }
    }

    /** Runs of white space become one space, so folded and unfolded copies of a field read the same. */
    private static String collapse(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The colon ending a field name on this line (RFC 5322 printable characters, a space before the colon tolerated), or -1. */
    private static int fieldNameEnd(String text, int start, int end) {
        int stop = Math.min(end, start + 78);
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > start ? i : -1;
            }
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < stop && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                return j < stop && text.charAt(j) == ':' && i > start ? j : -1;
            }
            if (c < 33 || c > 126) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isBounce(List<HeaderField> fields) {
        for (HeaderField field : fields) {
            String value = field.value().toLowerCase(Locale.ROOT);
            if (field.is("Content-Type") && value.contains("multipart/report")) {
                return true;
            }
            if (field.is("From") && (value.contains("mailer-daemon") || value.contains("postmaster"))) {
                return true;
            }
        }
        return false;
    }

    /** Where the returned message's own headers start: after the part headers naming message/rfc822 or text/rfc822-headers. */
    private static int returnedPart(String text, int bodyStart) {
        int position = bodyStart;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            String line = text.substring(position, Math.min(end, position + 200)).toLowerCase(Locale.ROOT);
            if (line.startsWith("content-type:") && (line.contains("message/rfc822") || line.contains("text/rfc822-headers"))) {
                int blank = text.indexOf("\n\n", end);
                return blank < 0 ? -1 : blank + 2;
            }
            position = end + 1;
        }
        return -1;
    }
}
