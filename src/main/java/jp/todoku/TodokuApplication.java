package jp.todoku;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jp.todoku.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TodokuApplication {

    public static void main(String[] args) {
        // A command (java -jar todoku.jar diagnose ...) must not pay for, or print, a Spring start.
        if (CommandLine.handles(args)) {
            // UTF-8 whatever the platform default, so Japanese error texts survive a pipe.
            PrintStream out = CommandLine.standardOutput();
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int exit = CommandLine.run(args, System.in, out, err);
            out.flush();
            System.exit(exit);
        }
        SpringApplication.run(TodokuApplication.class, args);
    }
}
