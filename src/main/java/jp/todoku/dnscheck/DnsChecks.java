package jp.todoku.dnscheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.todoku.dnscheck.dnsjava.DnsjavaLookup;

/**
 * The DNS check engine's front door: what can be checked in DNS about a mail that did not arrive. Every
 * method validates its input, runs its checks side by side, returns within the settings' check budget and
 * never throws; what could not be checked is reported as {@link Outcome#UNKNOWN} with the reason.
 */
public final class DnsChecks implements AutoCloseable {

    private static final int MAX_ECHO = 80;

    private final DnsLookup lookup;
    private final DnsCheckSettings settings;
    private final ExecutorService executor;
    private final Parallel parallel;

    private DnsChecks(DnsLookup lookup, DnsCheckSettings settings) {
        this.lookup = lookup;
        this.settings = settings;
        // Cached, not fixed: checks wait on their own parallel lookups, which a fixed pool could starve.
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.parallel = new Parallel(executor);
    }

    /** Checks over real DNS with dnsjava, asking the settings' resolvers (or the machine's own). */
    public static DnsChecks overDns(DnsCheckSettings settings) {
        return new DnsChecks(DnsjavaLookup.using(settings), settings);
    }

    /** Checks through any {@link DnsLookup}. */
    public static DnsChecks using(DnsLookup lookup, DnsCheckSettings settings) {
        return new DnsChecks(lookup, settings);
    }

    /** Can the recipient's domain receive mail at all: exists, MX (or address fallback, or null MX), MX hosts. */
    public CheckReport checkRecipientDomain(String domain) {
        long start = System.nanoTime();
        Optional<DomainName> name = DomainName.find(domain);
        if (name.isEmpty()) {
            return invalid(CheckId.INPUT, Finding.INPUT_DOMAIN_INVALID, domain, start);
        }
        MailExchangeCheck check = new MailExchangeCheck(lookup, parallel);
        return run(name.get().ascii(), List.of(new Task(CheckId.MX, () -> check.run(name.get()))), start);
    }

    /** Existence, SPF, DKIM and DMARC of the domain that sends; the selector is the s= of a DKIM-Signature, if known. */
    public CheckReport checkSenderDomain(String domain, Optional<String> dkimSelector) {
        return checkSenderDomain(domain, dkimSelector, Optional.empty());
    }

    /** As above, and whether SPF permits the given sending address. */
    public CheckReport checkSenderDomain(String domain, Optional<String> dkimSelector, Optional<String> sendingAddress) {
        long start = System.nanoTime();
        Optional<DomainName> name = DomainName.find(domain);
        if (name.isEmpty()) {
            return invalid(CheckId.INPUT, Finding.INPUT_DOMAIN_INVALID, domain, start);
        }
        Optional<String> selector = dkimSelector.map(String::strip).filter(text -> !text.isEmpty());
        if (selector.isPresent() && !DkimCheck.isSelector(selector.get())) {
            return invalid(CheckId.INPUT, Finding.INPUT_SELECTOR_INVALID, selector.get(), start);
        }
        Optional<String> addressText = sendingAddress.map(String::strip).filter(text -> !text.isEmpty());
        Optional<IpAddress> address = addressText.flatMap(IpAddress::find);
        if (addressText.isPresent() && address.isEmpty()) {
            return invalid(CheckId.INPUT, Finding.INPUT_ADDRESS_INVALID, addressText.get(), start);
        }
        Optional<String> selectorName = selector.map(text -> text.toLowerCase(java.util.Locale.ROOT));
        SpfCheck spf = new SpfCheck(lookup);
        DkimCheck dkim = new DkimCheck(lookup, parallel, settings.dkimSelectors());
        DmarcCheck dmarc = new DmarcCheck(lookup);
        SenderDomainCheck exists = new SenderDomainCheck(lookup);
        return run(name.get().ascii(), List.of(
                new Task(CheckId.SENDER_DOMAIN, () -> exists.run(name.get())),
                new Task(CheckId.SPF_RECORD, () -> spf.run(name.get(), address)),
                new Task(CheckId.DKIM, () -> dkim.run(name.get(), selectorName)),
                new Task(CheckId.DMARC, () -> dmarc.run(name.get()))), start);
    }

    /** Reverse DNS, forward confirmation and blocklist listings of a sending server's address. */
    public CheckReport checkSendingServer(String ip) {
        long start = System.nanoTime();
        Optional<IpAddress> address = IpAddress.find(ip);
        if (address.isEmpty()) {
            return invalid(CheckId.INPUT, Finding.INPUT_ADDRESS_INVALID, ip, start);
        }
        List<Task> tasks = new ArrayList<>();
        ReverseDnsCheck reverse = new ReverseDnsCheck(lookup);
        tasks.add(new Task(CheckId.PTR, () -> reverse.run(address.get())));
        if (address.get().isPrivate()) {
            tasks.add(new Task(CheckId.DNSBL, () -> List.of(
                    CheckResult.of(CheckId.DNSBL, Finding.DNSBL_PRIVATE_ADDRESS, address.get().text()))));
        } else {
            BlocklistCheck blocklist = new BlocklistCheck(lookup);
            for (String zone : settings.blocklists()) {
                tasks.add(new Task(CheckId.DNSBL, () -> List.of(blocklist.run(address.get(), zone))));
            }
        }
        return run(address.get().text(), tasks, start);
    }

    /** One unit of concurrent work; {@code check} is what is reported when it does not finish in time. */
    private record Task(CheckId check, Supplier<List<CheckResult>> work) {
    }

    private CheckReport run(String subject, List<Task> checks, long start) {
        List<Task> tasks = new ArrayList<>(checks);
        tasks.add(new Task(CheckId.RESOLVER, this::probeResolver));
        List<Future<List<CheckResult>>> futures = new ArrayList<>();
        for (Task task : tasks) {
            try {
                futures.add(executor.submit(task.work()::get));
            } catch (RejectedExecutionException closed) {
                futures.add(null);
            }
        }
        long deadline = start + settings.checkBudget().toNanos();
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            results.addAll(collect(tasks.get(i), futures.get(i), deadline));
        }
        boolean blind = results.stream().anyMatch(result -> result.messageKey().equals(Finding.RESOLVER_BLIND.key()));
        // A blind resolver: every "does not exist" and "not listed" would be the resolver speaking, not the
        // internet, so only that is reported. A probe that merely failed or ran late says nothing; drop it.
        results.removeIf(result -> blind != (result.check() == CheckId.RESOLVER)
                || result.check() == CheckId.RESOLVER && !result.messageKey().equals(Finding.RESOLVER_BLIND.key()));
        results.sort(Comparator.comparing(CheckResult::check)); // stable: keeps each check's own order
        return new CheckReport(subject, results, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Asks the resolver about a name that certainly exists. A resolver inside a closed network answers
     * "no such domain" for everything outside it, which would turn every check into a confident, wrong FAIL.
     */
    private List<CheckResult> probeResolver() {
        DnsAnswer<String> answer = lookup.txt(settings.canary());
        return answer.status() == DnsStatus.NO_SUCH_DOMAIN
                ? List.of(CheckResult.of(CheckId.RESOLVER, Finding.RESOLVER_BLIND, settings.canary()))
                : List.of();
    }

    private List<CheckResult> collect(Task task, Future<List<CheckResult>> future, long deadline) {
        if (future == null) {
            return List.of(CheckResult.of(task.check(), Finding.CHECK_FAILED));
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            return List.of(CheckResult.of(task.check(), Finding.CHECK_OVERTIME,
                    budgetSeconds()));
        } catch (InterruptedException interrupted) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return List.of(CheckResult.of(task.check(), Finding.CHECK_OVERTIME,
                    budgetSeconds()));
        } catch (ExecutionException | RuntimeException broken) {
            // A bug in a check must not cost the customer the other results; the report says what is missing.
            return List.of(CheckResult.of(task.check(), Finding.CHECK_FAILED));
        }
    }

    /** The budget in whole seconds, rounded up: "0 seconds" would read as if nothing had been allowed. */
    private String budgetSeconds() {
        return String.valueOf((settings.checkBudget().toMillis() + 999) / 1000);
    }

    private static CheckReport invalid(CheckId check, Finding finding, String typed, long start) {
        String echo = typed == null ? "" : typed.strip();
        echo = echo.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (echo.codePointCount(0, echo.length()) > MAX_ECHO) {
            echo = echo.substring(0, echo.offsetByCodePoints(0, MAX_ECHO)) + "…";
        }
        return new CheckReport("", List.of(CheckResult.of(check, finding, echo)), Duration.ofNanos(System.nanoTime() - start));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "dnscheck-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops the worker threads; checks still running end with their lookups. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
