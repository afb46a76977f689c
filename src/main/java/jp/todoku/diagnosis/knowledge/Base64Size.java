package jp.todoku.diagnosis.knowledge;

/**
 * The size arithmetic behind "my attachment was smaller than the limit, yet it bounced": mail
 * carries attachments in Base64 (4 characters for every 3 bytes) with a line break (CR LF) after
 * every 76 characters, so an attachment grows to about 1.37 times its size; the message's headers,
 * text and MIME part headers come on top (seed 000: 10 MB limit → about 7.2 MB of attachments).
 */
public final class Base64Size {

    /** Characters per encoded line (RFC 2045) and the CR LF after each. */
    private static final int LINE_LENGTH = 76;
    private static final int LINE_BREAK = 2;

    /**
     * Room left for the message around the attachment: headers, the text (and HTML) body and the MIME
     * part headers of an ordinary business mail. 64 KiB is generous for text and modest for HTML.
     */
    public static final long MESSAGE_ALLOWANCE = 64 * 1024;

    private Base64Size() {
    }

    /** The encoded size of an attachment of the given bytes, line breaks included. */
    public static long encodedSize(long attachmentBytes) {
        if (attachmentBytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        long characters = 4 * ((attachmentBytes + 2) / 3);
        long lines = (characters + LINE_LENGTH - 1) / LINE_LENGTH;
        return characters + lines * LINE_BREAK;
    }

    /** About how large the whole message becomes with this attachment. */
    public static long messageSize(long attachmentBytes) {
        return encodedSize(attachmentBytes) + MESSAGE_ALLOWANCE;
    }

    /** The growth factor for large attachments: 78/57, about 1.37. */
    public static double growth() {
        return (double) (LINE_LENGTH + LINE_BREAK) / (LINE_LENGTH / 4 * 3);
    }

    /** The largest attachment whose message still fits the limit (0 when even the allowance does not fit). */
    public static long largestAttachment(long messageLimitBytes) {
        long room = messageLimitBytes - MESSAGE_ALLOWANCE;
        if (room <= 0) {
            return 0;
        }
        long estimate = (long) (room / growth());
        // The formula is exact only for whole lines; settle the last few bytes by stepping.
        while (estimate > 0 && encodedSize(estimate) > room) {
            estimate--;
        }
        while (encodedSize(estimate + 1) <= room) {
            estimate++;
        }
        return estimate;
    }

    /** Megabytes (10^6 bytes, as providers state limits) rounded down to one decimal, as a customer reads them. */
    public static double megabytesRoundedDown(long bytes) {
        return Math.floor(bytes / 100_000.0) / 10.0;
    }

    /** The largest attachment for a limit given in megabytes, in megabytes rounded down to one decimal. */
    public static double largestAttachmentMegabytes(double limitMegabytes) {
        return megabytesRoundedDown(largestAttachment((long) (limitMegabytes * 1_000_000)));
    }
}
