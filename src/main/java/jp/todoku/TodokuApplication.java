package jp.todoku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TodokuApplication {
    public static void main(String[] args) {
        SpringApplication.run(TodokuApplication.class, args);
    }
}
