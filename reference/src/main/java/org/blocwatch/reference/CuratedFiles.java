package org.blocwatch.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The curated YAML files, read from a folder (the repository's data/curated while editing) or
 * from the class path (packed into the jar). Keys are paths relative to the folder, such as
 * "orgs/CSTO.yaml", which is also how claims cite the file they come from.
 */
public final class CuratedFiles {
    private CuratedFiles() {}

    public static Map<String, String> fromFolder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.comparing(Path::toString)).toList();
            Map<String, String> out = new LinkedHashMap<>();
            for (Path p : files) out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read curated data in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fingerprint of the curated files: SHA-256 over each file's name, byte length and CRC-32.
     * The CRC is what a jar's directory already records, so {@link #fingerprintOfClassPath}
     * computes the same value without unpacking a file — cheap enough to check on every start.
     */
    public static String fingerprint(Map<String, String> files) {
        Map<String, long[]> sizesAndCrcs = new TreeMap<>();
        files.forEach((name, text) -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            sizesAndCrcs.put(name, new long[] {bytes.length, crc.getValue()});
        });
        return digest(sizesAndCrcs);
    }

    /** The fingerprint of the curated files on the class path, from the jar's directory where packed. */
    public static String fingerprintOfClassPath(String folder) {
        return fingerprintOfClassPath(CuratedFiles.class.getClassLoader(), folder);
    }

    static String fingerprintOfClassPath(ClassLoader loader, String folder) {
        URL marker = marker(loader, folder);
        if (!"jar".equals(marker.getProtocol())) return fingerprint(fromFolder(folderOf(marker)));
        try {
            JarURLConnection connection = (JarURLConnection) marker.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                Map<String, long[]> sizesAndCrcs = new TreeMap<>();
                jar.stream().filter(e -> e.getName().startsWith(prefix) && e.getName().endsWith(".yaml"))
                        .forEach(e -> sizesAndCrcs.put(e.getName().substring(prefix.length()), new long[] {e.getSize(), e.getCrc()}));
                return digest(sizesAndCrcs);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot open curated data on the class path: " + e.getMessage(), e);
        }
    }

    private static String digest(Map<String, long[]> sizesAndCrcs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sizesAndCrcs.forEach((name, v) -> sha.update((name + "\t" + v[0] + "\t" + v[1] + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Whether the curated files come from a jar (which cannot change under a running process). */
    static boolean packedInJar(String folder) {
        return "jar".equals(marker(CuratedFiles.class.getClassLoader(), folder).getProtocol());
    }

    private static Path folderOf(URL marker) {
        try {
            return Path.of(marker.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot open curated data on the class path: " + e.getMessage(), e);
        }
    }

    private static URL marker(ClassLoader loader, String folder) {
        URL marker = loader.getResource(folder + "/states.yaml");
        if (marker == null) throw new IllegalStateException("curated data missing from the class path: " + folder);
        return marker;
    }

    public static Map<String, String> fromClassPath(String folder) {
        URL marker = marker(CuratedFiles.class.getClassLoader(), folder);
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
