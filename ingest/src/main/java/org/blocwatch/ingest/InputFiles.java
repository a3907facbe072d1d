package org.blocwatch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the paths a user gave into the files to read: files as they are, folders searched
 * recursively in name order for files of the formats blocwatch reads (so that a manifest or an
 * image beside the documents is not taken for one; hidden files are skipped too), and "-" for
 * standard input. A path that does not exist is kept, so that it is reported like any
 * unreadable input.
 */
final class InputFiles {
    private InputFiles() {}

    static final Path STDIN = Path.of("-");

    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml",
            "pdf", "docx", "doc", "odt", "rtf");

    static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!input.equals(STDIN) && Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isDocumentName)
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
