package org.blocwatch.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the paths a user gave into the files to read: files as they are, folders searched
 * recursively in name order for files of the formats blocwatch reads (so that a manifest or an
 * image beside the documents is not taken for one; hidden files are skipped too), and "-" for
 * standard input. A path that does not exist is kept, so that it is reported like any
 * unreadable input; so is whatever inside a folder cannot be read (a folder without permission,
 * a pipe, a link loop), one line each, and the walk goes on.
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

    /** The files to read, and one line for each thing met on the way that cannot be read. */
    record Expansion(List<Path> files, List<Problem> problems) {}

    record Problem(String input, String message) {}

    static Expansion expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!input.equals(STDIN) && Files.isDirectory(input)) walk(input, files, problems);
            else files.add(input);
        }
        return new Expansion(files, problems);
    }

    /** Follows links (a loop is reported, not followed); an unreadable folder or a special file is one problem each. */
    private static void walk(Path folder, List<Path> files, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isDocumentName(file)) return FileVisitResult.CONTINUE;
                    if (attributes.isRegularFile()) found.add(file);
                    else if (attributes.isSymbolicLink()) problems.add(new Problem(file.toString(), file + ": a link to nothing, skipped"));
                    else problems.add(new Problem(file.toString(), file + ": not a regular file (a pipe, socket or device), skipped"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException)
                        problems.add(new Problem(file.toString(), file + ": a link back to a folder above it, not followed"));
                    else if (e instanceof AccessDeniedException)
                        problems.add(new Problem(file.toString(), file + ": cannot be read (permission denied), skipped"));
                    else problems.add(new Problem(file.toString(), file + ": cannot be read (" + e.getMessage() + "), skipped"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), folder + ": cannot be read (" + e.getMessage() + ")"));
        }
        found.sort(null);
        files.addAll(found);
    }
}
