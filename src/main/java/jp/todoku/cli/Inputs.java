package jp.todoku.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Expands command-line paths: files as given, directories to their regular files in name order. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> expand(List<String> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(Path.of("-"));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                walk(path, found, Integer.MAX_VALUE);
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * How many inputs {@link #expand} would give, counted only up to {@code limit} (no sorting, and
     * a directory walk stops there); {@code limit} too when they cannot be listed, as expand then fails.
     */
    static int countUpTo(List<String> arguments, int limit) {
        int count = 0;
        try {
            for (String argument : arguments) {
                Path path = argument.equals("-") ? null : Path.of(argument);
                if (path != null && Files.isDirectory(path)) {
                    List<Path> found = new ArrayList<>();
                    walk(path, found, limit - count);
                    count += found.size();
                } else {
                    count++;
                }
                if (count >= limit) {
                    return limit;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return limit;
        }
        return count;
    }

    /**
     * The regular files under a directory, as {@code Files.walk(path).filter(Files::isRegularFile)}
     * finds them (links not followed into directories, a link to a file kept), at most {@code limit};
     * the file attributes come with the walk, so a plain file costs no second look-up.
     */
    private static void walk(Path directory, List<Path> found, int limit) throws IOException {
        if (limit <= 0) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return found.size() >= limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                throw failure;
            }
        });
    }
}
