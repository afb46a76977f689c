package jp.todoku.selfservice;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jp.todoku.system.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pattern for a controller slice: the controller, the real security rules and the real
 * language handling, without database or server. (Flows belong in @TodokuWebTest tests.)
 */
@WebMvcTest(HomeController.class)
@Import(SecurityConfig.class)
class HomeControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rendersTheHomePageInTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(view().name(HomeController.VIEW))
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(content().string(containsString("Answer a few questions")));
    }

    @Test
    void speaksJapaneseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("質問に答える")))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
