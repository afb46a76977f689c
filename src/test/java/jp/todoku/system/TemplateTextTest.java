package jp.todoku.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/**
 * No template shows literal words: every visible text and every text attribute a person reads
 * (title, alt, placeholder, aria-label, button value) comes from a message, via th:text / th:* or
 * an inline [[#{...}]]. Whitespace, digits, punctuation and symbols may stay literal.
 * Scans every template, so new pages are covered without touching this test.
 */
class TemplateTextTest {

    // Content replaced at render time, so its literal text never reaches the visitor.
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace",
            "th:insert", "th:remove", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");
    private static final Set<String> NOT_TEXT_ELEMENTS = Set.of("script", "style");
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "label");
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private final DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());

    @Test
    void everyTextATemplateShowsComesFromTheMessages() throws IOException, ParseException {
        List<Resource> templates = Templates.all();
        assertThat(templates).as("templates found on the classpath").isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (Resource template : templates) {
            Document document = parser.parse(Templates.name(template), Templates.read(template));
            inspect(Templates.name(template), document, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesLiteralWords() throws ParseException {
        List<String> problems = new ArrayList<>();
        String template = """
                <main><h1>Hello</h1><p th:text="#{ok}">placeholder is fine</p><p>[[#{ok}]] ・ 2026</p>
                <img src="x.png" alt="A picture"><input type="submit" value="Send">
                <input type="text" placeholder="Name" th:placeholder="#{ok}"><script>var x = "text";</script></main>
                """;

        inspect("sample.html", parser.parse("sample.html", template), problems);

        assertThat(problems).hasSize(3)
                .anySatisfy(problem -> assertThat(problem).contains("Hello"))
                .anySatisfy(problem -> assertThat(problem).contains("A picture"))
                .anySatisfy(problem -> assertThat(problem).contains("Send"));
    }

    private static void inspect(String template, INestableNode node, List<String> problems) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text) {
                String visible = INLINE_EXPRESSION.matcher(text.getContent()).replaceAll("");
                if (hasWords(visible)) {
                    problems.add(template + " line " + text.getLine() + ": literal text \"" + visible.strip() + "\"");
                }
            } else if (child instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                inspectAttributes(template, element, problems);
                if (!NOT_TEXT_ELEMENTS.contains(name) && !replacesContent(element)) {
                    inspect(template, element, problems);
                }
            }
        }
    }

    private static void inspectAttributes(String template, Element element, List<String> problems) {
        Map<String, String> attributes = element.getAttributeMap();
        attributes.forEach((attribute, value) -> {
            String lower = attribute.toLowerCase();
            boolean readable = READABLE_ATTRIBUTES.contains(lower) || lower.equals("value")
                    && element.getElementName().equalsIgnoreCase("input")
                    && BUTTON_INPUT_TYPES.contains(String.valueOf(attributes.get("type")).toLowerCase());
            if (readable && hasWords(value) && !attributes.containsKey("th:" + lower)) {
                problems.add(template + " line " + element.getLine() + ": literal " + attribute + "=\"" + value + "\"");
            }
        });
    }

    private static boolean replacesContent(Element element) {
        return element.getAttributeMap().keySet().stream().map(String::toLowerCase)
                .anyMatch(REPLACING_ATTRIBUTES::contains);
    }

    private static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetter);
    }
}
