package jp.todoku.diagnosis.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import jp.todoku.diagnosis.KnowledgeEntry;
import jp.todoku.diagnosis.KnowledgeEntry.Actor;
import jp.todoku.diagnosis.KnowledgeEntry.Category;
import jp.todoku.diagnosis.KnowledgeEntry.ListAdvice;
import jp.todoku.diagnosis.KnowledgeEntry.Permanence;
import jp.todoku.diagnosis.KnowledgeEntry.Text;
import jp.todoku.diagnosis.Language;
import jp.todoku.diagnosis.Reason;
import jp.todoku.diagnosis.phrase.CodePattern;
import jp.todoku.diagnosis.phrase.Condition;
import jp.todoku.diagnosis.phrase.MatchKind;
import jp.todoku.diagnosis.phrase.PhaseGuard;
import jp.todoku.diagnosis.phrase.Phrase;

/**
 * Reads the knowledge files (YAML, UTF-8, listed in {@code knowledge/index.txt}) into entries and
 * match rules. Every scalar is read as a string (no YAML type guessing: {@code 0x800CCC0E} must not
 * turn into a number, {@code no} not into false). Problems are collected and reported together,
 * with the file and entry, so a support person editing the data sees all mistakes at once.
 */
final class KnowledgeLoader {

    static final String INDEX = "knowledge/index.txt";

    private static final Set<String> ENTRY_KEYS = Set.of("id", "category", "provider", "reason", "permanence",
            "whoActs", "list", "source", "related", "match", "ja", "en");
    private static final Set<String> RULE_KEYS = Set.of("text", "word", "all", "code", "phase", "status", "reply",
            "reason", "domain", "catchAll");

    private final List<KnowledgeEntry> entries = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    // One parser for all the files of a load (SnakeYAML's set-up is not free); not shared across threads.
    private Yaml yaml;

    /**
     * Loads every file named in the index from the class path: from the trees the build prepared
     * ({@link PreparedKnowledge}) when they were made from these very files, else from the YAML.
     */
    static KnowledgeLoader fromClassPath(ClassLoader classLoader) {
        KnowledgeLoader loader = new KnowledgeLoader();
        byte[] index = read(classLoader, INDEX);
        List<String> names = names(new String(index, StandardCharsets.UTF_8));
        List<byte[]> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(read(classLoader, "knowledge/" + name));
        }
        java.util.Optional<List<Object>> prepared = PreparedKnowledge.read(classLoader,
                PreparedKnowledge.checksum(index, files), files.size());
        for (int i = 0; i < names.size(); i++) {
            if (prepared.isPresent()) {
                loader.addDocument(names.get(i), prepared.get().get(i));
            } else {
                loader.add(names.get(i), new String(files.get(i), StandardCharsets.UTF_8));
            }
        }
        return loader;
    }

    /** The file names the index lists, in its order (blank lines and # comments left out). */
    static List<String> names(String index) {
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The files' YAML documents as this loader's parser reads them; empty when one does not parse. */
    static java.util.Optional<List<Object>> parse(List<byte[]> files) {
        Yaml parser = yaml();
        List<Object> documents = new ArrayList<>(files.size());
        try {
            for (byte[] file : files) {
                documents.add(parser.load(new String(file, StandardCharsets.UTF_8)));
            }
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(documents);
    }

    private static byte[] read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("knowledge resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read knowledge resource " + resource, e);
        }
    }

    List<KnowledgeEntry> entries() {
        return List.copyOf(entries);
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Adds one file's entries; returns this for chaining in tests. */
    KnowledgeLoader add(String fileName, String yamlText) {
        Object document;
        try {
            if (yaml == null) {
                yaml = yaml();
            }
            document = yaml.load(yamlText);
        } catch (RuntimeException e) {
            problems.add(fileName + ": not readable YAML: " + e.getMessage());
            return this;
        }
        return addDocument(fileName, document);
    }

    /** Adds the entries of one file's parsed document (see {@link PreparedKnowledge}). */
    private KnowledgeLoader addDocument(String fileName, Object document) {
        if (!(document instanceof Map<?, ?> file) || !(file.get("entries") instanceof List<?> list)) {
            problems.add(fileName + ": expected a map with an 'entries' list");
            return this;
        }
        Map<?, ?> defaults = file.get("defaults") instanceof Map<?, ?> map ? map : Map.of();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> raw)) {
                problems.add(fileName + ": every entry must be a map");
                continue;
            }
            Map<Object, Object> merged = new LinkedHashMap<>(defaults);
            merged.putAll(raw);
            try {
                addEntry(merged);
            } catch (RuntimeException e) {
                problems.add(fileName + " / " + merged.get("id") + ": " + e.getMessage());
            }
        }
        return this;
    }

    private void addEntry(Map<Object, Object> raw) {
        for (Object key : raw.keySet()) {
            if (!ENTRY_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }
        String id = string(raw, "id", true);
        Category category = enumValue(Category.class, string(raw, "category", true));
        String provider = string(raw, "provider", false);
        String reasonText = string(raw, "reason", false);
        Reason reason = reasonText == null ? null : Reason.find(reasonText)
                .orElseThrow(() -> new IllegalArgumentException("unknown reason '" + reasonText + "'"));
        Map<Language, Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (raw.get(language.tag()) instanceof Map<?, ?> text) {
                texts.put(language, new Text(string(text, "title", true), string(text, "summary", true),
                        strings(text.get("steps"))));
            }
        }
        List<Rule> entryRules = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Object item : list(raw.get("match"))) {
            Rule rule = rule(id, category, provider, item);
            entryRules.add(rule);
            descriptions.add(rule.describe());
        }
        KnowledgeEntry entry = new KnowledgeEntry(id, category, provider, reason,
                enumValue(Permanence.class, string(raw, "permanence", true)),
                enumValue(Actor.class, string(raw, "whoActs", true)),
                enumValue(ListAdvice.class, string(raw, "list", true)),
                texts, strings(raw.get("source")), strings(raw.get("related")), descriptions);
        entries.add(entry);
        rules.addAll(entryRules);
    }

    private Rule rule(String id, Category category, String provider, Object item) {
        Map<?, ?> map = item instanceof Map<?, ?> m ? m : Map.of("text", String.valueOf(item));
        for (Object key : map.keySet()) {
            if (!RULE_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown match key '" + key + "'");
            }
        }
        String code = map.get("code") == null ? null : map.get("code").toString();
        Phrase text = text(map, code);
        String statusText = map.get("status") == null ? null : map.get("status").toString();
        CodePattern status = statusText == null ? CodePattern.ANY : code(CodePattern.findStatus(statusText), "status", statusText);
        String replyText = map.get("reply") == null ? null : map.get("reply").toString();
        CodePattern reply = replyText == null ? CodePattern.ANY : code(CodePattern.findReply(replyText), "reply", replyText);
        String phaseText = map.get("phase") == null ? null : map.get("phase").toString();
        PhaseGuard phase = phaseText == null ? PhaseGuard.ANY : PhaseGuard.find(phaseText)
                .orElseThrow(() -> new IllegalArgumentException("bad phase '" + phaseText + "' (SMTP steps such as MAIL,RCPT or !DATA)"));
        String reasonText = map.get("reason") == null ? null : map.get("reason").toString();
        Reason reason = reasonText == null ? null : Reason.find(reasonText)
                .orElseThrow(() -> new IllegalArgumentException("unknown reason '" + reasonText + "'"));
        String domain = map.get("domain") == null ? null : map.get("domain").toString().trim().toLowerCase(Locale.ROOT);
        boolean catchAll = "true".equalsIgnoreCase(String.valueOf(map.get("catchAll")));
        Tier tier = tier(category, provider != null || code != null, text != Phrase.ANY, status, !reply.isAny(),
                reason, domain != null);
        if (catchAll && (tier == Tier.REPLY || tier == Tier.STATUS)) {
            tier = Tier.CLASS_CODE;
        }
        return new Rule(id, new Condition(text, phase, status, reply), reason, domain, tier,
                rules.size() + 1_000 * entries.size());
    }

    /**
     * The text condition of a rule in the engine's one format: {@code text:} or {@code code:} a
     * literal, {@code word:} a literal with no letter or digit beside it, {@code all:} several
     * literals in this order; normalised as the failure's text is ({@link TextNormalizer}).
     */
    private static Phrase text(Map<?, ?> map, String code) {
        List<String> texts = new ArrayList<>();
        if (map.get("text") != null) {
            texts.add(map.get("text").toString());
        }
        texts.addAll(strings(map.get("all")));
        if (code != null) {
            texts.add(code);
        }
        String word = map.get("word") == null ? null : map.get("word").toString();
        if (word != null) {
            if (!texts.isEmpty()) {
                throw new IllegalArgumentException("'word' stands alone in a rule: " + word);
            }
            texts.add(word);
        }
        List<String> literals = texts.stream().map(TextNormalizer::normalize).toList();
        if (literals.stream().anyMatch(literal -> literal.length() < 3)) {
            throw new IllegalArgumentException("match text too short to be safe: " + texts);
        }
        if (literals.isEmpty()) {
            return Phrase.ANY;
        }
        MatchKind kind = word != null ? MatchKind.WORD : literals.size() > 1 ? MatchKind.ALL : MatchKind.CONTAINS;
        return new Phrase(kind, literals);
    }

    private static CodePattern code(java.util.Optional<CodePattern> pattern, String key, String text) {
        CodePattern found = pattern.orElseThrow(() -> new IllegalArgumentException("bad " + key + " '" + text + "'"));
        if (found.isAny()) {
            throw new IllegalArgumentException("'" + key + "' needs a code or pattern, not '" + text + "'");
        }
        return found;
    }

    private static Tier tier(Category category, boolean provider, boolean text, CodePattern statusPattern,
                             boolean reply, Reason reason, boolean domain) {
        boolean status = !statusPattern.isAny();
        if (text) {
            if (category == Category.BOUNCE_SENDER) {
                return Tier.CONTEXT;
            }
            if (category == Category.SITUATION) {
                return Tier.SITUATION_TEXT;
            }
            return provider ? Tier.PROVIDER_TEXT : status || reply ? Tier.TEXT_WITH_CODE : Tier.TEXT;
        }
        if (domain) {
            return Tier.CONTEXT;
        }
        if (status) {
            return statusPattern.namesOnlyAClass() ? Tier.CLASS_CODE : Tier.STATUS;
        }
        if (reply) {
            return Tier.REPLY;
        }
        if (reason != null && reason.isNotBounce()) {
            return Tier.NOT_A_BOUNCE;
        }
        return reason == Reason.ON_HOLD || reason == Reason.UNDEFINED ? Tier.WEAK_REASON : Tier.REASON;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        DumperOptions dumperOptions = new DumperOptions();
        // No implicit typing: every plain scalar stays the string the support person wrote.
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options, stringsOnly);
    }

    private static String string(Map<?, ?> map, String key, boolean required) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException("'" + key + "' is required");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException("'" + key + "' must be text");
        }
        return value.toString().strip();
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(item -> String.valueOf(item).strip()).toList();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + text + "'");
        }
    }
}
