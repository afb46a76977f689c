package jp.todoku.dnscheck.dnsjava;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import jp.todoku.dnscheck.DnsAnswer;
import jp.todoku.dnscheck.DnsCheckSettings;
import jp.todoku.dnscheck.DnsFailure;
import jp.todoku.dnscheck.DnsLookup;
import jp.todoku.dnscheck.MailExchange;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * {@link DnsLookup} over dnsjava. Each question is one fresh query to the configured recursive resolvers
 * (no cache: a customer who just fixed a record wants to see the fix), read from the answer section
 * whatever CNAME chain the resolver followed. Never throws: timeouts and failures become answers.
 */
public final class DnsjavaLookup implements DnsLookup {

    private static final int EDNS_PAYLOAD = 1232;

    private final Resolver resolver;
    private final Duration budget;

    private DnsjavaLookup(Resolver resolver, Duration budget) {
        this.resolver = resolver;
        this.budget = budget;
    }

    /** Asks the settings' servers, or the machine's own resolvers when none are given. */
    public static DnsjavaLookup using(DnsCheckSettings settings) {
        List<InetSocketAddress> servers = settings.servers().isEmpty()
                ? ResolverConfig.getCurrentConfig().servers() : settings.servers();
        List<Resolver> resolvers = new ArrayList<>();
        if (servers.isEmpty()) {
            servers = List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 53));
        }
        for (InetSocketAddress server : servers) {
            SimpleResolver simple = new SimpleResolver(server);
            simple.setTimeout(settings.queryTimeout());
            // dnsjava already offers EDNS (1280 bytes); 1232 is the DNS Flag Day 2020 size, which long TXT
            // answers (SPF, DKIM keys) fit without IP fragmentation. Truncated replies are retried over TCP.
            simple.setEDNS(0, EDNS_PAYLOAD, 0, List.of());
            resolvers.add(simple);
        }
        ExtendedResolver extended = new ExtendedResolver(resolvers);
        // ExtendedResolver's timeout is the whole question's budget, across servers and retries.
        extended.setTimeout(settings.lookupBudget());
        extended.setRetries(2);
        return new DnsjavaLookup(extended, settings.lookupBudget());
    }

    @Override
    public DnsAnswer<MailExchange> mx(String name) {
        return ask(name, Type.MX, MXRecord.class,
                mx -> new MailExchange(mx.getPriority(), mx.getTarget().toString(false)));
    }

    @Override
    public DnsAnswer<InetAddress> a(String name) {
        return ask(name, Type.A, ARecord.class, ARecord::getAddress);
    }

    @Override
    public DnsAnswer<InetAddress> aaaa(String name) {
        return ask(name, Type.AAAA, AAAARecord.class, AAAARecord::getAddress);
    }

    @Override
    public DnsAnswer<String> txt(String name) {
        return ask(name, Type.TXT, TXTRecord.class, txt -> String.join("", txt.getStrings()));
    }

    @Override
    public DnsAnswer<String> ptr(InetAddress address) {
        return ask(ReverseMap.fromAddress(address), Type.PTR, PTRRecord.class, ptr -> ptr.getTarget().toString(true));
    }

    private <R extends Record, T> DnsAnswer<T> ask(String name, int type, Class<R> kind, Function<R, T> reader) {
        try {
            return ask(Name.fromString(name.endsWith(".") ? name : name + "."), type, kind, reader);
        } catch (TextParseException unusable) {
            return DnsAnswer.failed(DnsFailure.NETWORK);
        }
    }

    private <R extends Record, T> DnsAnswer<T> ask(Name name, int type, Class<R> kind, Function<R, T> reader) {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        Message response;
        try {
            response = resolver.sendAsync(query).toCompletableFuture()
                    .get(budget.toMillis() + 50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            return DnsAnswer.failed(DnsFailure.TIMEOUT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // the caller gave up (its own budget); stop quickly
            return DnsAnswer.failed(DnsFailure.TIMEOUT);
        } catch (ExecutionException failed) {
            return DnsAnswer.failed(failure(failed.getCause()));
        } catch (RuntimeException broken) {
            return DnsAnswer.failed(DnsFailure.NETWORK);
        }
        return read(response, type, kind, reader);
    }

    private static <R extends Record, T> DnsAnswer<T> read(Message response, int type, Class<R> kind, Function<R, T> reader) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return DnsAnswer.noSuchDomain();
        }
        if (rcode == Rcode.SERVFAIL) {
            return DnsAnswer.failed(DnsFailure.SERVER_FAILURE);
        }
        if (rcode == Rcode.REFUSED) {
            return DnsAnswer.failed(DnsFailure.REFUSED);
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.failed(DnsFailure.NETWORK);
        }
        List<T> records = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record.getType() == type && kind.isInstance(record)) {
                records.add(reader.apply(kind.cast(record)));
            }
        }
        return DnsAnswer.found(records);
    }

    // dnsjava reports a timeout as SocketTimeoutException or as an IOException "Timed out ..." depending on
    // the path (seen both with 3.6.5); everything else is the network's fault.
    private static DnsFailure failure(Throwable cause) {
        if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException
                || cause instanceof IOException && Optional.ofNullable(cause.getMessage()).orElse("").contains("Timed out")) {
            return DnsFailure.TIMEOUT;
        }
        return DnsFailure.NETWORK;
    }
}
