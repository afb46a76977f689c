package jp.todoku.dnscheck.dnsjava;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A real UDP DNS server on 127.0.0.1 for tests: answers from an in-test table, NXDOMAIN for names it does
 * not know, NODATA for known names without the asked type, and on request SERVFAIL, REFUSED or silence
 * (for timeouts). Follows one level of CNAME as a recursive resolver would, putting the chain in the answer.
 */
public final class TestDnsServer implements AutoCloseable {

    private static final long TTL = 60;

    private enum Behaviour { ANSWER, SERVFAIL, REFUSED, SILENT }

    private final DatagramSocket socket;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final Map<Name, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final Thread thread;

    private TestDnsServer() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::serve, "test-dns-" + socket.getLocalPort());
        thread.setDaemon(true);
    }

    public static TestDnsServer start() {
        try {
            TestDnsServer server = new TestDnsServer();
            server.thread.start();
            return server;
        } catch (SocketException cannotBind) {
            throw new IllegalStateException("cannot bind a UDP socket on 127.0.0.1", cannotBind);
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** Questions received so far, as "name TYPE" (for asserting what a check asked). */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    public void clearQuestions() {
        questions.clear();
    }

    public TestDnsServer mx(String name, int preference, String host) {
        return add(new MXRecord(name(name), DClass.IN, TTL, preference, name(host)));
    }

    public TestDnsServer a(String name, String address) {
        return add(new ARecord(name(name), DClass.IN, TTL, literal(address)));
    }

    public TestDnsServer aaaa(String name, String address) {
        return add(new AAAARecord(name(name), DClass.IN, TTL, literal(address)));
    }

    /** One TXT record; several strings become several character-strings of that record. */
    public TestDnsServer txt(String name, String... strings) {
        return add(new TXTRecord(name(name), DClass.IN, TTL, List.of(strings)));
    }

    public TestDnsServer ptr(String address, String host) {
        return add(new PTRRecord(ReverseMap.fromAddress(literal(address)), DClass.IN, TTL, name(host)));
    }

    public TestDnsServer cname(String name, String target) {
        return add(new CNAMERecord(name(name), DClass.IN, TTL, name(target)));
    }

    /** The name exists but has no records (every question about it gets NODATA). */
    public TestDnsServer empty(String name) {
        records.computeIfAbsent(name(name), key -> new CopyOnWriteArrayList<>());
        return this;
    }

    /** Forgets every record of the name: from now on it does not exist (NXDOMAIN). */
    public TestDnsServer forget(String name) {
        records.remove(name(name));
        return this;
    }

    public TestDnsServer serverFailure(String name) {
        behaviours.put(name(name), Behaviour.SERVFAIL);
        return this;
    }

    public TestDnsServer refused(String name) {
        behaviours.put(name(name), Behaviour.REFUSED);
        return this;
    }

    /** Questions about this name get no reply at all. */
    public TestDnsServer silent(String name) {
        behaviours.put(name(name), Behaviour.SILENT);
        return this;
    }

    private TestDnsServer add(Record record) {
        records.computeIfAbsent(record.getName(), key -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException wrong) {
            throw new IllegalArgumentException(text, wrong);
        }
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // test data: literals only
        } catch (IOException wrong) {
            throw new IllegalArgumentException(address, wrong);
        }
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Record question = query.getQuestion();
                questions.add(question.getName().toString(true).toLowerCase(Locale.ROOT) + " " + Type.string(question.getType()));
                Behaviour behaviour = behaviours.getOrDefault(question.getName(), Behaviour.ANSWER);
                if (behaviour == Behaviour.SILENT) {
                    continue;
                }
                // Plain DNS allows 512 bytes over UDP; a client that sends EDNS says how much more it takes.
                int limit = query.getOPT() == null ? 512 : Math.max(512, query.getOPT().getPayloadSize());
                byte[] reply = answer(query, question, behaviour).toWire(Math.min(limit, buffer.length));
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                answered.incrementAndGet();
            } catch (IOException closedOrGarbage) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private Message answer(Message query, Record question, Behaviour behaviour) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RA);
        response.getHeader().setFlag(Flags.RD);
        response.addRecord(question, Section.QUESTION);
        if (behaviour == Behaviour.SERVFAIL || behaviour == Behaviour.REFUSED) {
            response.getHeader().setRcode(behaviour == Behaviour.SERVFAIL ? Rcode.SERVFAIL : Rcode.REFUSED);
            return response;
        }
        Name name = question.getName();
        List<Record> known = records.get(name);
        if (known == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            return response;
        }
        List<Record> matching = new ArrayList<>();
        for (Record record : known) {
            if (record.getType() == question.getType()) {
                matching.add(record);
            } else if (record instanceof CNAMERecord alias) {
                matching.add(alias);
                List<Record> target = records.get(alias.getTarget());
                if (target == null) {
                    response.getHeader().setRcode(Rcode.NXDOMAIN);
                } else {
                    target.stream().filter(each -> each.getType() == question.getType()).forEach(matching::add);
                }
            }
        }
        matching.forEach(record -> response.addRecord(record, Section.ANSWER));
        return response;
    }

    @Override
    public void close() {
        socket.close();
    }
}
