package jp.todoku;

import jp.todoku.cli.CommandLine;
import jp.todoku.system.EngineWarmup;
import jp.todoku.system.StartupProfile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TodokuApplication {

    public static void main(String[] args) {
        // A command (java -jar todoku.jar diagnose ...) must not pay for, or print, a Spring start.
        if (CommandLine.handles(args)) {
            CommandLine.runAndExit(args);
        }
        EngineWarmup.start();
        SpringApplication application = new SpringApplication(TodokuApplication.class);
        StartupProfile.attachIfAsked(application);
        application.run(args);
    }
}
