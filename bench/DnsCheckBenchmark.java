import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.DnsCheckSettings;
import jp.todoku.dnscheck.DnsChecks;
import jp.todoku.dnscheck.dnsjava.TestDnsServer;

/**
 * Wall time of the DNS checks against the in-process UDP server on 127.0.0.1 (the test one), so the
 * numbers show the engine and dnsjava, not the internet. Also times a silent server (timeouts) and a
 * check that outlives its budget. Run: see bench/README.md.
 */
public class DnsCheckBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (TestDnsServer server = zone()) {
            DnsCheckSettings settings = DnsCheckSettings.defaults().withServers(List.of(server.address()))
                    .withBlocklists(List.of("dnsbl.test", "refusing.test")).withDkimSelectors(DnsCheckSettings.DEFAULT_SELECTORS);
            try (DnsChecks checks = DnsChecks.overDns(settings)) {
                time("recipient domain (MX, A+AAAA of 2 hosts, canary: 6 queries)", rounds, () -> checks.checkRecipientDomain("bench.test"));
                time("sender domain, selector known (SPF+include+IP, DKIM, DMARC)", rounds,
                        () -> checks.checkSenderDomain("bench.test", Optional.of("sel1"), Optional.of("198.51.100.9")));
                time("sender domain, 12 common selectors tried", rounds,
                        () -> checks.checkSenderDomain("bench.test", Optional.empty()));
                time("sending server (PTR, FCrDNS, 2 blocklists + test entry)", rounds, () -> checks.checkSendingServer("192.0.2.10"));
                server.clearQuestions();
                checks.checkSenderDomain("bench.test", Optional.of("sel1"), Optional.of("198.51.100.9"));
                System.out.println("queries for one sender check with selector and IP: " + server.questions().size());
            }
            DnsCheckSettings defaults = DnsCheckSettings.defaults().withServers(List.of(server.address()));
            try (DnsChecks checks = DnsChecks.overDns(defaults)) {
                time("silent server, default timeouts (2 s per reply, 5 s per question, 10 s per call)", 3,
                        () -> checks.checkRecipientDomain("silent.test"));
            }
            DnsCheckSettings hurried = defaults.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(1));
            try (DnsChecks checks = DnsChecks.overDns(hurried)) {
                time("silent server, 1 s call budget (check-overtime)", 3, () -> checks.checkRecipientDomain("silent.test"));
            }
        }
    }

    private static TestDnsServer zone() {
        TestDnsServer server = TestDnsServer.start()
                .empty("com") // the resolver canary of the default settings
                .a("2.0.0.127.dnsbl.test", "127.0.0.2") // the RFC 5782 test entry
                .mx("bench.test", 10, "mx1.bench.test").mx("bench.test", 20, "mx2.bench.test")
                .a("mx1.bench.test", "192.0.2.11").aaaa("mx2.bench.test", "2001:db8::12")
                .txt("bench.test", "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all")
                .txt("_spf.provider.test", "v=spf1 ip4:198.51.100.0/24 -all")
                .txt("_dmarc.bench.test", "v=DMARC1; p=reject; rua=mailto:dmarc@bench.test")
                .txt("sel1._domainkey.bench.test", "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                .ptr("192.0.2.10", "mail.bench.test").a("mail.bench.test", "192.0.2.10")
                .a("10.2.0.192.refusing.test", "127.255.255.254")
                .silent("silent.test");
        return server;
    }

    private static void time(String name, int rounds, Supplier<CheckReport> work) {
        for (int i = 0; i < Math.min(rounds, 50); i++) {
            work.get(); // warm-up
        }
        long[] millis = new long[rounds];
        String worst = "";
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            CheckReport report = work.get();
            millis[i] = (System.nanoTime() - start) / 1_000;
            worst = report.worst().code() + " (" + report.results().size() + " results)";
        }
        Arrays.sort(millis);
        System.out.printf("%-90s n=%4d  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  -> %s%n", name, rounds,
                millis[rounds / 2] / 1000.0, millis[Math.min(rounds - 1, rounds * 99 / 100)] / 1000.0,
                millis[rounds - 1] / 1000.0, worst);
    }
}
