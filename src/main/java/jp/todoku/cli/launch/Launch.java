package jp.todoku.cli.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The packaged jar's {@code Main-Class} (the pom copies this package to the jar's root and names it
 * in the manifest; {@code Start-Class} stays Todoku's application). {@code java -jar todoku.jar
 * diagnose ...} with the build's command archive beside the jar goes straight to the quick child:
 * Spring Boot's nested-jar launcher took about 0.19 s before Todoku's own code ran (issue 11,
 * {@code -Xlog:class+load}), time a batch only spent to decide to start that child. Everything
 * else, the site, other commands, a jar without the archive, goes to Spring Boot's launcher as before.
 */
public final class Launch {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launch() {
    }

    public static void main(String[] arguments) throws Throwable {
        List<String> commandLine = Arrays.asList(arguments);
        // Standard input ("-") is read by the command itself; a child would only pass it on.
        if (!commandLine.isEmpty() && commandLine.get(0).equals("diagnose") && !commandLine.contains("-")
                && !Boolean.getBoolean(QuickChild.CHILD)) {
            Optional<List<String>> child = QuickChild.command(commandLine).filter(QuickChild::fromArchive);
            Optional<Integer> exit = child.flatMap(QuickChild::run);
            if (exit.isPresent()) {
                System.exit(exit.get());
            }
        }
        try {
            Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
