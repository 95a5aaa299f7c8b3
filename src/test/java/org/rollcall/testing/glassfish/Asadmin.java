package org.rollcall.testing.glassfish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs GlassFish's {@code asadmin} and hands back what it said, so a failure explains itself. */
final class Asadmin {

    record Outcome(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path home;
    private final int adminPort;
    private final int timeoutInSeconds;

    Asadmin(Path home, int adminPort, int timeoutInSeconds) {
        this.home = home;
        this.adminPort = adminPort;
        this.timeoutInSeconds = timeoutInSeconds;
    }

    Outcome run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/asadmin").toString(),
                "--port", Integer.toString(adminPort), "--interactive=false"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutInSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "asadmin " + String.join(" ", arguments) + " did not finish in "
                        + timeoutInSeconds + " s: " + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    Outcome run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }
}
