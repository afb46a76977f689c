package jp.todoku.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.todoku.TodokuApplication;
import jp.todoku.api.TicketImports;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-tickets FILE|- [--batch N] [--lang ja|en] [--name=value ...]}: imports JSON Lines into the
 * configured database (the same settings, environment and profiles as the site; {@code --name=value}
 * arguments go to Spring as they would for the site). Starts Spring without a web server and with lazy
 * beans, so it runs beside a running site and schedules nothing. Exit 0 when every line was taken or was
 * a duplicate, 1 when some line was refused, 2 on a usage error.
 */
final class ImportTicketsCommand implements CommandLine.Command {

    private static final int DEFAULT_BATCH = 500;

    @Override
    public int run(String[] arguments, InputStream in, PrintStream out, PrintStream err) {
        String file = null;
        int batch = DEFAULT_BATCH;
        Locale language = Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        List<String> spring = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        try {
            for (int i = 0; i < arguments.length; i++) {
                String argument = arguments[i];
                if (argument.equals("--batch") && i + 1 < arguments.length) {
                    batch = Math.max(1, Math.min(10_000, Integer.parseInt(arguments[++i])));
                } else if (argument.equals("--lang") && i + 1 < arguments.length) {
                    language = arguments[++i].equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
                } else if (argument.startsWith("--") && argument.contains("=")) {
                    spring.add(argument);
                } else if (file == null && (argument.equals("-") || !argument.startsWith("-"))) {
                    file = argument;
                } else {
                    return usage(err, language);
                }
            }
        } catch (NumberFormatException malformed) {
            return usage(err, language);
        }
        if (file == null) {
            return usage(err, language);
        }
        if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
            err.println(MessageFormat.format(text("import.no-file", language), file));
            return 2;
        }
        // The bean definitions Spring AOT wrote at build time are the site's (a servlet web server); this
        // context has none, so it is worked out at run time whatever the launcher asked for.
        System.setProperty("spring.aot.enabled", "false");
        try (BufferedReader input = file.equals("-")
                ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(TodokuApplication.class)
                     .web(WebApplicationType.NONE).lazyInitialization(true).bannerMode(Banner.Mode.OFF)
                     .logStartupInfo(false).run(spring.toArray(String[]::new))) {
            TicketImports imports = context.getBean(TicketImports.class);
            TicketImports.Summary summary = imports.run(input, batch, language, err);
            out.println(imports.describe(summary, language));
            out.flush();
            return summary.refused() > 0 ? 1 : 0;
        } catch (IOException unreadable) {
            err.println(unreadable.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err, Locale language) {
        err.println(text("import.usage", language));
        return 2;
    }

    private static String text(String key, Locale language) {
        // No fallback to the platform's language: Japanese is the bundle without a suffix.
        return ResourceBundle.getBundle("messages/messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
