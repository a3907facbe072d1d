package org.blocwatch.cli;

import org.blocwatch.server.BlocwatchServer;
import org.blocwatch.server.ServerBenchmark;
import org.blocwatch.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load on the server: N concurrent clients over loopback for a bounded time, reporting p50/p99 of "
                + "members, status, the entity page and search, and the error count. Without --url it starts a server "
                + "on a free port over the KB (--db) and stops it afterwards."})
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).") int clients = 50;
    @Option(names = "--seconds", paramLabel = "S", description = "Measured time (default: ${DEFAULT-VALUE}).") int seconds = 20;
    @Option(names = "--url", paramLabel = "U", description = "A running server, e.g. http://127.0.0.1:8080/ (loopback only).") URI url;

    @Mixin KnowledgeBaseOptions kb;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1 || clients > 1000) throw new IllegalArgumentException("--clients must be between 1 and 1000");
        if (seconds < 1 || seconds > 600) throw new IllegalArgumentException("--seconds must be between 1 and 600");
        if (url != null && !isLoopback(url)) throw new IllegalArgumentException("--url must be on this machine (localhost, 127.0.0.0/8 or [::1])");
        var out = spec.commandLine().getOut();
        if (url != null) {
            new ServerBenchmark(url, clients, Duration.ofSeconds(seconds)).run(out);
            return ExitCodes.OK;
        }
        try (BlocwatchServer server = BlocwatchServer.open(() -> kb.open(spec.commandLine().getErr()),
                DocumentsOptions.indexFolder(kb.location()), ServerSettings.defaults(0)).start()) {
            new ServerBenchmark(URI.create("http://127.0.0.1:" + server.port() + "/"), clients, Duration.ofSeconds(seconds)).run(out);
        }
        return ExitCodes.OK;
    }

    private static boolean isLoopback(URI u) {
        String h = u.getHost();
        return h != null && (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1"));
    }
}
