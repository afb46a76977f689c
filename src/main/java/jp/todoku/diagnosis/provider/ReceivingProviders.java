package jp.todoku.diagnosis.provider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.todoku.diagnosis.phrase.TableFormatException;
import jp.todoku.diagnosis.phrase.TableLine;
import jp.todoku.diagnosis.phrase.TableReader;

/**
 * The known receiving providers, read from {@code diagnosis/providers/providers.tsv} (layout:
 * {@code id, name, recipient domains, remote hosts, note}) with one rule table per provider
 * ({@code diagnosis/providers/ID.tsv}). A failure belongs to the provider of its recipient's domain,
 * else to the provider whose servers refused it. Immutable once loaded.
 */
public final class ReceivingProviders {

    public static final String DIRECTORY = "diagnosis/providers/";
    public static final String LIST = DIRECTORY + "providers.tsv";
    public static final String MARKS = DIRECTORY + "marks.tsv";
    static final String LAYOUT = "id, name, recipient domains, remote hosts, note";
    static final String MARK_LAYOUT = "id, text, source";

    /** A text only one provider writes (its own code prefix, its help page): the provider of a paste. */
    record Mark(ReceivingProvider provider, String text) {
    }

    private final List<ReceivingProvider> providers;
    private final List<Mark> marks;

    public ReceivingProviders(List<ReceivingProvider> providers) {
        this(providers, List.of());
    }

    ReceivingProviders(List<ReceivingProvider> providers, List<Mark> marks) {
        this.providers = List.copyOf(providers);
        this.marks = List.copyOf(marks);
    }

    /** The providers bundled with the engine. */
    public static ReceivingProviders bundled() {
        List<ReceivingProvider> providers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TableLine line : TableReader.lines(LIST)) {
            line.requireColumns(4, 5, LAYOUT);
            String id = line.column(0, "");
            if (!id.matches("[a-z0-9-]{1,40}") || !ids.add(id)) {
                throw line.fault("'" + id + "' is not a new provider id (lower-case letters, digits, '-')");
            }
            List<String> domains = names(line, 2);
            List<String> hosts = names(line, 3);
            if (domains.isEmpty() && hosts.isEmpty()) {
                throw line.fault("a provider needs recipient domains or remote hosts");
            }
            providers.add(new ReceivingProvider(id, line.column(1, id), domains, hosts,
                    TableReader.rules(DIRECTORY + id + ".tsv")));
        }
        if (providers.isEmpty()) {
            throw new TableFormatException(LIST, "has no providers");
        }
        return new ReceivingProviders(providers, marks(providers));
    }

    private static List<Mark> marks(List<ReceivingProvider> providers) {
        List<Mark> marks = new ArrayList<>();
        for (TableLine line : TableReader.lines(MARKS)) {
            line.requireColumns(3, 3, MARK_LAYOUT);
            String id = line.column(0, "");
            ReceivingProvider provider = providers.stream().filter(known -> known.id().equals(id)).findFirst()
                    .orElseThrow(() -> line.fault("'" + id + "' is not a provider in " + LIST));
            String text = line.column(1, "").toLowerCase(Locale.ROOT);
            if (text.length() < 4) {
                throw line.fault("a mark needs at least 4 characters, or it would be found in other texts");
            }
            marks.add(new Mark(provider, text));
        }
        return marks;
    }

    private static List<String> names(TableLine line, int column) {
        String text = line.column(column, "-");
        if (text.equals("-")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : text.toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
            if (!name.matches("\\.?[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
                throw line.fault("'" + name + "' is not a domain or host suffix");
            }
            names.add(name);
        }
        return names;
    }

    public List<ReceivingProvider> all() {
        return providers;
    }

    /**
     * The provider of the recipient's domain, else the one whose server refused the message, else the
     * one whose server wrote the report (a provider's own relay reporting its own refusal).
     */
    public Optional<ReceivingProvider> find(String recipient, String remoteHost, String reportingHost) {
        String domain = ReceivingProvider.domainOf(recipient);
        for (ReceivingProvider provider : providers) {
            if (provider.servesDomain(domain)) {
                return Optional.of(provider);
            }
        }
        for (String written : new String[] {remoteHost, reportingHost}) {
            String host = ReceivingProvider.hostOf(written);
            for (ReceivingProvider provider : providers) {
                if (provider.ownsHost(host)) {
                    return Optional.of(provider);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * As {@link #find(String, String, String)}; when neither the recipient nor a host names a provider
     * (a customer's paste of one reply line), the provider whose own mark the text carries.
     *
     * @param text the error text, lower-cased
     */
    public Optional<ReceivingProvider> find(String recipient, String remoteHost, String reportingHost, String text) {
        Optional<ReceivingProvider> found = find(recipient, remoteHost, reportingHost);
        if (found.isPresent() || text == null || text.isEmpty()) {
            return found;
        }
        for (Mark mark : marks) {
            if (text.contains(mark.text())) {
                return Optional.of(mark.provider());
            }
        }
        return Optional.empty();
    }

    public Optional<ReceivingProvider> findById(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }
}
