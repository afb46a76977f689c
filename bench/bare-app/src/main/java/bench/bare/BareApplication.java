package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest webmvc application Boot 4.1 makes: one endpoint and the actuator's health. */
@SpringBootApplication
@RestController
public class BareApplication {

    @GetMapping("/")
    String hello() {
        return "hello";
    }

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
