package org.blocwatch.server;

/**
 * How the server runs.
 *
 * @param readNeedsSignIn whether reading (pages and API) needs a signed-in account or a token
 * @param maxUploadBytes  the largest file an upload may carry
 * @param threads         Jetty's worker threads
 * @param readConnections database connections shared by reading requests
 */
public record ServerSettings(String host, int port, boolean readNeedsSignIn, long maxUploadBytes, int threads, int readConnections) {
    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;

    public static ServerSettings defaults(int port) {
        // 16 threads: on 2 cores more threads only queue for the CPU and lengthen the slowest answers (bench serve)
        return new ServerSettings("127.0.0.1", port, false, DEFAULT_MAX_UPLOAD, 16, 4);
    }

    public ServerSettings withReadNeedsSignIn(boolean needed) {
        return new ServerSettings(host, port, needed, maxUploadBytes, threads, readConnections);
    }
}
