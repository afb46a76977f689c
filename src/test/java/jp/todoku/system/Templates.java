package jp.todoku.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Thymeleaf template under classpath:templates/, for tests that check them all. */
final class Templates {

    private Templates() {
    }

    static List<Resource> all() throws IOException {
        return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
    }

    static String read(Resource template) throws IOException {
        return template.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The path below templates/, e.g. "error/404.html". */
    static String name(Resource template) throws IOException {
        String path = template.getURL().toString();
        return path.substring(path.lastIndexOf("templates/") + "templates/".length());
    }
}
