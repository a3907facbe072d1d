package org.blocwatch.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The curated YAML files, read from a folder (the repository's data/curated while editing) or
 * from the class path (packed into the jar). Keys are paths relative to the folder, such as
 * "orgs/CSTO.yaml", which is also how claims cite the file they come from.
 */
final class CuratedFiles {
    private CuratedFiles() {}

    static Map<String, String> fromFolder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.comparing(Path::toString)).toList();
            Map<String, String> out = new LinkedHashMap<>();
            for (Path p : files) out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read curated data in " + root + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> fromClassPath(String folder) {
        URL marker = CuratedFiles.class.getClassLoader().getResource(folder + "/states.yaml");
        if (marker == null) throw new IllegalStateException("curated data missing from the class path: " + folder);
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) return fromFolder(Path.of(uri).getParent());
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fromFolder(fs.getPath("/" + folder));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open curated data on the class path: " + e.getMessage(), e);
        }
    }
}
