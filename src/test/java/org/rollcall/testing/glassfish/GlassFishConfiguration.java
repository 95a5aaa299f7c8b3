package org.rollcall.testing.glassfish;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** Where the GlassFish is, the domain the tests create in it, and the settings Rollcall gets (arquillian.xml). */
public class GlassFishConfiguration implements ContainerConfiguration {

    private String home;
    private String domain = "rollcall-it";
    private int portBase = 28000;
    private String setupFile;
    private String rollcallOptions = "";
    private int timeoutInSeconds = 300;

    @Override
    public void validate() throws ConfigurationException {
        if (home == null || !Files.isRegularFile(Path.of(home, "bin", "asadmin"))) {
            throw new ConfigurationException("home must name an unpacked GlassFish (with bin/asadmin), not " + home);
        }
        if (setupFile != null && !Files.isRegularFile(Path.of(setupFile))) {
            throw new ConfigurationException("setupFile " + setupFile + " does not exist");
        }
    }

    /** GlassFish's convention: the admin port is the base plus 48, HTTP the base plus 80. */
    int adminPort() {
        return portBase + 48;
    }

    int httpPort() {
        return portBase + 80;
    }

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public int getPortBase() {
        return portBase;
    }

    public void setPortBase(int portBase) {
        this.portBase = portBase;
    }

    public String getSetupFile() {
        return setupFile;
    }

    public void setSetupFile(String setupFile) {
        this.setupFile = setupFile;
    }

    public String getRollcallOptions() {
        return rollcallOptions;
    }

    public void setRollcallOptions(String rollcallOptions) {
        this.rollcallOptions = rollcallOptions;
    }

    public int getTimeoutInSeconds() {
        return timeoutInSeconds;
    }

    public void setTimeoutInSeconds(int timeoutInSeconds) {
        this.timeoutInSeconds = timeoutInSeconds;
    }
}
