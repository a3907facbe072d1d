package org.blocwatch.cli;

import org.blocwatch.server.BlocwatchServer;
import org.blocwatch.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge base over HTTP: the web workbench at /, the REST API under /api/v1, "
                + "its OpenAPI document at /api/openapi.json and Swagger UI at /api/docs. Stops on Ctrl-C, letting requests finish."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--sign-in-to-read", description = "Reading needs a signed-in account or an API token too (default: reading is open).")
    boolean signInToRead;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest uploaded file (default: ${DEFAULT-VALUE}).")
    long maxUpload = ServerSettings.DEFAULT_MAX_UPLOAD;

    @Option(names = "--threads", paramLabel = "N", description = "Request threads (default: ${DEFAULT-VALUE}).")
    int threads = ServerSettings.defaults(0).threads();

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535");
        if (threads < 4) throw new IllegalArgumentException("--threads must be at least 4");
        if (maxUpload < 1) throw new IllegalArgumentException("--max-upload must be a positive number of bytes");
        var err = spec.commandLine().getErr();
        ServerSettings defaults = ServerSettings.defaults(port);
        ServerSettings settings = new ServerSettings(host, port, signInToRead, maxUpload, threads, defaults.readConnections());
        BlocwatchServer server = BlocwatchServer.open(() -> kb.open(err), DocumentsOptions.indexFolder(kb.location()), settings);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "blocwatch-shutdown"));
        spec.commandLine().getOut().printf("blocwatch serves http://%s:%d/ (API: /api/v1, docs: /api/docs); Ctrl-C stops it%n", host, server.port());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
