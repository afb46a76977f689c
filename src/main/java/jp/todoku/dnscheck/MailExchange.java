package jp.todoku.dnscheck;

import java.util.Objects;

/** One MX record: a preference (lower is tried first) and the host that receives mail for the domain. */
public record MailExchange(int preference, String host) {

    public MailExchange {
        if (preference < 0 || preference > 0xFFFF) {
            throw new IllegalArgumentException("MX preference out of range: " + preference);
        }
        Objects.requireNonNull(host, "host");
        host = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
    }

    /** The "null MX" of RFC 7505: preference 0 and the root name, meaning this domain accepts no mail. */
    public boolean isNullMx() {
        return preference == 0 && (host.equals(".") || host.isEmpty());
    }

    @Override
    public String toString() {
        return preference + " " + (isNullMx() ? "." : host);
    }
}
