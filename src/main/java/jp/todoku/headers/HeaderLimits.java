package jp.todoku.headers;

/**
 * The caps that keep one analysis bounded in time and memory, whatever is pasted. Beyond a cap the
 * analysis goes on with what fits and says so ({@link Limit}), it never fails.
 *
 * @param maxHeaderChars characters of the header block read (the rest is ignored)
 * @param maxFields      header fields kept
 * @param maxHops        Received fields turned into hops
 * @param maxFieldChars  characters kept of one field after unfolding
 */
public record HeaderLimits(int maxHeaderChars, int maxFields, int maxHops, int maxFieldChars) {

    /** A 1 MB header block with 200 hops fits; a real message has 5 to 30 hops and 10 to 60 KB of headers. */
    public static final HeaderLimits STANDARD = new HeaderLimits(2 * 1024 * 1024, 5000, 300, 16 * 1024);

    public HeaderLimits {
        if (maxHeaderChars < 1 || maxFields < 1 || maxHops < 1 || maxFieldChars < 80) {
            throw new IllegalArgumentException("limits must be positive (a field at least 80 characters)");
        }
    }

    /** Which cap an analysis met. */
    public enum Limit {
        HEADER_SIZE, FIELDS, HOPS, FIELD_LENGTH;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
