package org.rollcall.testing.glassfish;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Offers the GlassFish container only in the build's GlassFish run (which names the unpacked server): Arquillian
 * refuses to choose between two container adapters, and the other runs have Payara Micro's or WildFly's.
 */
public class GlassFishExtension implements LoadableExtension {

    static final String HOME_PROPERTY = "rollcall.it.glassfish-home";

    @Override
    public void register(ExtensionBuilder builder) {
        if (System.getProperty(HOME_PROPERTY) != null) {
            builder.service(DeployableContainer.class, GlassFishContainer.class);
        }
    }
}
