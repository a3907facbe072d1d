package org.blocwatch.cli;

import picocli.CommandLine.Option;

/** How an answer is printed: as text or JSON, with or without the claims behind it. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--explain", description = "Print the claims behind each answer, with source, quote and method.")
    boolean explain;
}
