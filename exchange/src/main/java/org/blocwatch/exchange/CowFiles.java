package org.blocwatch.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The three files of the COW IGO v3 release in one folder: the state-year membership file in
 * long format (gzipped or plain), the organisation list and the COW state list.
 */
record CowFiles(Path stateYears, Path organisations, Path states) {

    static final List<String> STATE_YEAR_NAMES = List.of("state_year_long.csv.gz", "state_year_long.csv");
    static final String ORGANISATIONS = "igos.csv";
    static final String STATES = "states2016.csv";

    /** Finds the files; a missing folder or file is the user's mistake, named in one line. */
    static CowFiles in(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no such folder: " + dir);
        Path stateYears = STATE_YEAR_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + String.join(" or ", STATE_YEAR_NAMES) + " in " + dir));
        return new CowFiles(stateYears, required(dir, ORGANISATIONS), required(dir, STATES));
    }

    private static Path required(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no " + name + " in " + dir);
        return p;
    }

    /** A reader over a file, unzipping it when it starts with the gzip magic number, whatever its name. */
    static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8);
    }
}
