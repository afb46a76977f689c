package jp.todoku.dnscheck;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reverse DNS of a sending server: a PTR name, a name that does not look like a home or dynamic line,
 * and forward confirmation (the name resolves back to the address). Many receivers refuse mail from
 * addresses without these (seed 003: "forward/reverse DNS mismatch of the sending server").
 */
final class ReverseDnsCheck {

    private static final int MAX_NAMES = 5;
    // Words that providers put into names of consumer and dynamic lines; receivers (and Outlook.com's
    // DY-001) treat such names as "not a mail server".
    private static final Pattern GENERIC_WORD = Pattern.compile(
            "(?:^|[.-])(?:dyn|dynamic|dhcp|pool|ppp|pppoe|dsl|adsl|xdsl|dial|dialup|cable|client|cust|customer|broadband)[0-9]*(?:[.-]|$)");

    private final DnsLookup lookup;

    ReverseDnsCheck(DnsLookup lookup) {
        this.lookup = lookup;
    }

    List<CheckResult> run(IpAddress address) {
        DnsAnswer<String> names = lookup.ptr(address.address());
        String reverseName = address.reversed() + (address.isIpv4() ? ".in-addr.arpa" : ".ip6.arpa");
        if (names.isFailed()) {
            return List.of(CheckResult.failed(CheckId.PTR, names.failure().orElseThrow(), reverseName));
        }
        if (names.isEmpty()) {
            return List.of(CheckResult.of(CheckId.PTR, Finding.PTR_MISSING, address.text()));
        }
        List<String> found = names.records().stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct()
                .limit(MAX_NAMES).toList();
        List<CheckResult> results = new ArrayList<>();
        results.add(CheckResult.of(CheckId.PTR, Finding.PTR_FOUND, found, address.text(), String.join(", ", found)));
        found.stream().filter(name -> looksGeneric(name, address)).findFirst()
                .ifPresent(name -> results.add(CheckResult.of(CheckId.PTR, Finding.PTR_GENERIC, address.text(), name)));
        results.add(forwardConfirmation(address, found));
        return results;
    }

    private CheckResult forwardConfirmation(IpAddress address, List<String> names) {
        List<String> seen = new ArrayList<>();
        DnsAnswer<InetAddress> lastFailure = null;
        for (String name : names) {
            DnsAnswer<InetAddress> forward = address.isIpv4() ? lookup.a(name) : lookup.aaaa(name);
            if (forward.records().contains(address.address())) {
                return CheckResult.of(CheckId.FCRDNS, Finding.FCRDNS_MATCH, List.of(name + " " + address.text()),
                        name, address.text());
            }
            forward.records().forEach(each -> seen.add(name + " " + new IpAddress(each).text()));
            if (forward.isFailed()) {
                lastFailure = forward;
            }
        }
        if (lastFailure != null && seen.isEmpty()) {
            return CheckResult.failed(CheckId.FCRDNS, lastFailure.failure().orElseThrow(), names.get(0));
        }
        return CheckResult.of(CheckId.FCRDNS, Finding.FCRDNS_MISMATCH, seen, String.join(", ", names), address.text());
    }

    /** A name made from the address itself (192-0-2-10.example.net) or with a consumer-line word in it. */
    static boolean looksGeneric(String name, IpAddress address) {
        if (GENERIC_WORD.matcher(name).find()) {
            return true;
        }
        if (!address.isIpv4()) {
            return false;
        }
        List<String> octets = List.of(address.text().split("\\."));
        List<String> backward = List.of(octets.get(3), octets.get(2), octets.get(1), octets.get(0));
        List<String> labels = List.of(name.split("[.-]"));
        for (int start = 0; start + 4 <= labels.size(); start++) {
            List<String> window = labels.subList(start, start + 4);
            if (window.equals(octets) || window.equals(backward)) {
                return true;
            }
        }
        byte[] bytes = address.address().getAddress();
        return name.contains(String.format("%02x%02x%02x%02x", bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF, bytes[3] & 0xFF));
    }
}
