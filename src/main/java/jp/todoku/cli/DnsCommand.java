package jp.todoku.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.todoku.dnscheck.CheckReport;
import jp.todoku.dnscheck.CheckResult;
import jp.todoku.dnscheck.DnsCheckSettings;
import jp.todoku.dnscheck.DnsChecks;

/**
 * {@code dns DOMAIN [--ip IP] [--selector S] [--server HOST:PORT] [--lang ja|en]}: runs the DNS checks
 * (the domain as recipient and as sender, and the sending server when --ip is given) and prints one JSON
 * line per result, then one summary line per report.
 */
final class DnsCommand implements CommandLine.Command {

    private static final String USAGE = "usage: dns DOMAIN [--ip IP] [--selector S] [--server HOST:PORT] [--lang ja|en]";

    @Override
    public int run(String[] arguments, InputStream in, PrintStream out, PrintStream err) {
        String domain = null;
        Optional<String> address = Optional.empty();
        Optional<String> selector = Optional.empty();
        List<InetSocketAddress> servers = new ArrayList<>();
        Locale language = Locale.ENGLISH;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.startsWith("--") && i + 1 >= arguments.length) {
                err.println(USAGE);
                return 2;
            }
            switch (argument) {
                case "--ip" -> address = Optional.of(arguments[++i]);
                case "--selector" -> selector = Optional.of(arguments[++i]);
                case "--lang" -> language = arguments[++i].equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
                case "--server" -> {
                    Optional<InetSocketAddress> server = server(arguments[++i]);
                    if (server.isEmpty()) {
                        err.println("--server needs an address such as 127.0.0.1:53 or [::1]:53");
                        return 2;
                    }
                    servers.add(server.get());
                }
                default -> {
                    if (argument.startsWith("--") || domain != null) {
                        err.println(USAGE);
                        return 2;
                    }
                    domain = argument;
                }
            }
        }
        if (domain == null) {
            err.println(USAGE);
            return 2;
        }
        ResourceBundle texts = ResourceBundle.getBundle("messages/dnscheck", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try (DnsChecks checks = DnsChecks.overDns(DnsCheckSettings.defaults().withServers(servers))) {
            print("recipient", checks.checkRecipientDomain(domain), texts, out);
            print("sender", checks.checkSenderDomain(domain, selector, address), texts, out);
            if (address.isPresent()) {
                print("server", checks.checkSendingServer(address.get()), texts, out);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(String name, CheckReport report, ResourceBundle texts, PrintStream out) {
        for (CheckResult result : report.results()) {
            out.println(new JsonLine().string("report", name).string("subject", report.subject())
                    .string("check", result.check().code()).string("outcome", result.outcome().code())
                    .string("key", result.messageKey()).string("arguments", String.join(" | ", result.arguments()))
                    .string("text", text(texts, result)).string("records", String.join(" | ", result.records())));
        }
        out.println(new JsonLine().string("report", name).string("subject", report.subject())
                .string("worst", report.worst().code()).number("elapsedMillis", report.elapsed().toMillis()));
    }

    private static String text(ResourceBundle texts, CheckResult result) {
        try {
            return new MessageFormat(texts.getString(result.messageKey()), texts.getLocale())
                    .format(result.arguments().toArray());
        } catch (MissingResourceException | IllegalArgumentException noText) {
            return "";
        }
    }

    /** "127.0.0.1:5353", "[::1]:53" or a bare literal (port 53); never a host name, which would need DNS itself. */
    static Optional<InetSocketAddress> server(String text) {
        String host = text;
        int port = 53;
        int colon = text.lastIndexOf(':');
        if (text.startsWith("[") && text.contains("]:")) {
            host = text.substring(1, text.indexOf(']'));
            colon = text.indexOf("]:") + 1;
        } else if (colon > 0 && text.indexOf(':') != colon) {
            colon = -1; // a bare IPv6 literal
        } else if (colon > 0) {
            host = text.substring(0, colon);
        }
        if (colon > 0) {
            String digits = text.substring(colon + 1);
            if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) > 65535) {
                return Optional.empty();
            }
            port = Integer.parseInt(digits);
        }
        if (!host.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }
}
