package jp.todoku.dnscheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one DNS question got back: records, no records of that type (NODATA), no such name (NXDOMAIN), or
 * no usable answer at all. Checks must tell these apart: NODATA for MX means "use the A record",
 * NXDOMAIN means the domain does not exist, and a failure means we cannot say.
 */
public record DnsAnswer<T>(DnsStatus status, List<T> records, Optional<DnsFailure> failure) {

    public DnsAnswer {
        Objects.requireNonNull(status, "status");
        records = List.copyOf(records);
        Objects.requireNonNull(failure, "failure");
        if ((status == DnsStatus.FOUND) == records.isEmpty()) {
            throw new IllegalArgumentException("records are present exactly when found: " + status);
        }
        if ((status == DnsStatus.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure is named exactly when failed: " + status);
        }
    }

    public static <T> DnsAnswer<T> found(List<T> records) {
        return records.isEmpty() ? noRecords() : new DnsAnswer<>(DnsStatus.FOUND, records, Optional.empty());
    }

    public static <T> DnsAnswer<T> noRecords() {
        return new DnsAnswer<>(DnsStatus.NO_RECORDS, List.of(), Optional.empty());
    }

    public static <T> DnsAnswer<T> noSuchDomain() {
        return new DnsAnswer<>(DnsStatus.NO_SUCH_DOMAIN, List.of(), Optional.empty());
    }

    public static <T> DnsAnswer<T> failed(DnsFailure failure) {
        return new DnsAnswer<>(DnsStatus.FAILED, List.of(), Optional.of(failure));
    }

    public boolean isFound() {
        return status == DnsStatus.FOUND;
    }

    public boolean isFailed() {
        return status == DnsStatus.FAILED;
    }

    /** NODATA or NXDOMAIN: the name answered, and it holds nothing of this type. */
    public boolean isEmpty() {
        return status == DnsStatus.NO_RECORDS || status == DnsStatus.NO_SUCH_DOMAIN;
    }
}
