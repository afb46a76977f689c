package jp.todoku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import jp.todoku.testing.TodokuWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written OpenAPI document and the controllers describe the same operations, both ways. */
@TodokuWebTest
class OpenApiDocumentTest {

    private static final String DOCUMENT_PATH = "/api/v1/openapi.json";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void everyDocumentedOperationExistsAndEveryApiOperationIsDocumented() throws IOException {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/static" + DOCUMENT_PATH)) {
            document = json.readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + pattern))));
        served.add("GET " + DOCUMENT_PATH); // a static file, not a handler method

        assertThat(documented).isEqualTo(served);
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
    }
}
