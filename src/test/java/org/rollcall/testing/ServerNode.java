package org.rollcall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Rollcall server of a cluster a test builds itself: the built WAR on Payara Micro in a process of its
 * own, with the server configuration the product ships ({@code server-config/}). Started and stopped by the
 * test, by its process handle; its output goes to {@code target/<name>.log} (a restart appends to it).
 */
public final class ServerNode implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Process process;

    private ServerNode(String name, int port, List<String> command, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", name + ".log").toFile()));
        builder.environment().putAll(environment);
        try {
            this.process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a node and waits until it serves the sign-in page (Payara answers 500 for a while after it says
     * "deployed").
     */
    public static ServerNode start(String name, Map<String, String> environment, List<String> jvmOptions,
            List<String> microOptions) {
        ServerNode node = launch(name, environment, jvmOptions, microOptions);
        node.awaitReady();
        return node;
    }

    /** Starts a node without waiting for it: {@link #awaitReady()} waits. */
    public static ServerNode launch(String name, Map<String, String> environment, List<String> jvmOptions,
            List<String> microOptions) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Dderby.stream.error.file=" + derbyLog(name)));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("rollcall.war", "target/rollcall.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome",
                "--postbootcommandfile", "server-config/payara-micro/post-boot-commands.asadmin"));
        command.addAll(microOptions);
        try {
            Files.deleteIfExists(Path.of("target", name + ".log"));
            Files.deleteIfExists(derbyLog(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerNode(name, port, command, environment);
    }

    /** Where the node's embedded Derby would log: the file exists once Derby has started in that node. */
    public static Path derbyLog(String name) {
        return Path.of("target", "derby-" + name + ".log");
    }

    /** A pre-boot command file: the product's own commands, then {@code extra}. */
    public static Path preBootCommands(String name, List<String> extra) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("server-config", "payara-micro",
                    "pre-boot-commands.asadmin")));
            lines.addAll(extra);
            Path file = Path.of("target", name + "-pre-boot.asadmin");
            Files.write(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Restarts a stopped (or killed) node with the same name, port and settings. */
    public ServerNode restart() {
        ServerNode node = new ServerNode(name, port, command, environment);
        node.awaitReady();
        return node;
    }

    /** Ends the process as a crash would (SIGKILL): no shutdown hook runs, no session is ended. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the server has logged so far. */
    public String log() {
        try {
            return Files.readString(Path.of("target", name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node serves the sign-in page (Payara answers 500 for a while after "deployed"). */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see target/" + name + ".log");
            }
            if (status("login.xhtml") == 200) {
                return;
            }
            try {
                Thread.sleep(500); // polling the condition above, not waiting a fixed time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN + "; see target/" + name + ".log");
    }

    private int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url(), path).openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(10000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
