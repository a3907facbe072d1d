package org.blocwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user gave into the files to read: files as they are, folders searched
 * recursively in name order (hidden files such as ".DS_Store" skipped), and "-" for standard
 * input. A path that does not exist is kept, so that it is reported like any unreadable input.
 */
final class InputFiles {
    private InputFiles() {}

    static final Path STDIN = Path.of("-");

    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!input.equals(STDIN) && Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(input);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
