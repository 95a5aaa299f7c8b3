package org.rollcall.testing.glassfish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.rollcall.platform.control.RollcallSettings;

/**
 * A GlassFish domain of its own for each run, made new with the README's set-up applied, started before the
 * first test class and stopped after the last; each test class deploys its WAR with {@code asadmin}.
 * Rollcall's settings reach the server as environment variables, the way an operator would pass them.
 */
public class GlassFishContainer implements DeployableContainer<GlassFishConfiguration> {

    /** The in-container test runner the Arquillian servlet protocol adds to every deployment. */
    private static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

    private GlassFishConfiguration configuration;
    private Asadmin asadmin;

    @Override
    public Class<GlassFishConfiguration> getConfigurationClass() {
        return GlassFishConfiguration.class;
    }

    @Override
    public void setup(GlassFishConfiguration configuration) {
        this.configuration = configuration;
        this.asadmin = new Asadmin(Path.of(configuration.getHome()), configuration.adminPort(),
                configuration.getTimeoutInSeconds());
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Servlet 6.0");
    }

    @Override
    public void start() throws LifecycleException {
        try {
            if (Files.isDirectory(domainDirectory())) { // an earlier build's, perhaps set up differently
                asadmin.run("stop-domain", configuration.getDomain());
                lifecycle("delete-domain");
            }
            create();
            lifecycle("start-domain");
        } catch (IOException | InterruptedException e) {
            throw new LifecycleException("GlassFish did not start", e);
        }
    }

    /**
     * A new domain with the heap the other servers' test runs get (1.5 GB: GlassFish's default 512 MB can't hold
     * the grid tests' 100,000-row in-memory database, an index per sort and direction, beside the server), set
     * up with the file a user runs, then restarted so settings read at boot apply.
     */
    private void create() throws IOException, InterruptedException, LifecycleException {
        lifecycle("create-domain", "--nopassword=true", "--checkports=true",
                "--portbase", Integer.toString(configuration.getPortBase()));
        lifecycle("start-domain");
        List<Asadmin.Outcome> outcomes = new ArrayList<>(List.of(
                asadmin.run("delete-jvm-options", "-Xmx512m"),
                asadmin.run("create-jvm-options", "-Xmx1536m")));
        if (configuration.getSetupFile() != null) {
            outcomes.add(asadmin.run("multimode", "--file", configuration.getSetupFile()));
        }
        lifecycle("stop-domain");
        for (Asadmin.Outcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                throw new LifecycleException("GlassFish set-up failed: " + outcome.output());
            }
        }
    }

    private void lifecycle(String command, String... options) throws IOException, InterruptedException,
            LifecycleException {
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(List.of(options));
        arguments.add(configuration.getDomain());
        Asadmin.Outcome outcome = asadmin.run(rollcallEnvironment(), arguments.toArray(String[]::new));
        if (!outcome.succeeded()) {
            throw new LifecycleException("asadmin " + command + " failed: " + outcome.output() + serverLogTail());
        }
    }

    /** {@code asadmin stop-domain}; if that fails, the server is killed by the PID its domain recorded. */
    @Override
    public void stop() throws LifecycleException {
        try {
            lifecycle("stop-domain");
        } catch (IOException | InterruptedException | LifecycleException e) {
            Path pidFile = domainDirectory().resolve("config/pid");
            try {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                String domain = domainDirectory().toString();
                ProcessHandle.of(pid) // a stale PID may name another process by now
                        .filter(server -> server.info().commandLine().orElse("").contains(domain))
                        .ifPresent(server -> {
                            server.destroyForcibly();
                            server.onExit().join();
                        });
            } catch (IOException | NumberFormatException unreadable) {
                e.addSuppressed(unreadable);
            }
            throw new LifecycleException("GlassFish did not stop by itself; killed by the PID in " + pidFile, e);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = applicationName(archive);
        try {
            Path war = Files.createTempDirectory("rollcall-glassfish-").resolve(archive.getName());
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            Asadmin.Outcome outcome = asadmin.run("deploy", "--force=true", "--name", name, "--contextroot", name,
                    war.toString());
            Files.delete(war);
            Files.delete(war.getParent());
            if (!outcome.succeeded()) {
                throw new DeploymentException("GlassFish refused " + archive.getName() + ": " + outcome.output()
                        + serverLogTail());
            }
        } catch (IOException | InterruptedException e) {
            throw new DeploymentException("Could not deploy " + archive.getName() + " to GlassFish", e);
        }
        HTTPContext http = new HTTPContext("127.0.0.1", configuration.httpPort())
                .add(new Servlet(TEST_RUNNER, "/" + name));
        return new ProtocolMetaData().addContext(http);
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        try {
            Asadmin.Outcome outcome = asadmin.run("undeploy", applicationName(archive));
            if (!outcome.succeeded()) {
                throw new DeploymentException("GlassFish did not undeploy " + archive.getName() + ": "
                        + outcome.output());
            }
        } catch (IOException | InterruptedException e) {
            throw new DeploymentException("Could not undeploy " + archive.getName() + " from GlassFish", e);
        }
    }

    private static String applicationName(Archive<?> archive) {
        return archive.getName().replaceFirst("\\.war$", "");
    }

    private Path domainDirectory() {
        return Path.of(configuration.getHome(), "glassfish", "domains", configuration.getDomain());
    }

    /** {@code -Drollcall.db-url=x} in the configuration becomes {@code ROLLCALL_DB_URL=x} for the server. */
    Map<String, String> rollcallEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String option : configuration.getRollcallOptions().trim().split("\\s+")) {
            if (option.isEmpty()) {
                continue;
            }
            if (!option.startsWith("-Drollcall.") || !option.contains("=")) {
                throw new IllegalArgumentException("rollcallOptions takes -Drollcall.name=value, not " + option);
            }
            environment.put(RollcallSettings.environmentName(option.substring(2, option.indexOf('='))),
                    option.substring(option.indexOf('=') + 1));
        }
        return environment;
    }

    private String serverLogTail() {
        Path log = domainDirectory().resolve("logs/server.log");
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "\n(no server log at " + log + ")";
        }
    }
}
