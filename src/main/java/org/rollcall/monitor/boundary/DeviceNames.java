package org.rollcall.monitor.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rollcall.monitor.control.Device;
import org.rollcall.platform.boundary.Texts;

/**
 * "Firefox 128 · Ubuntu · Computer" for a page. Browser and system names are the same in every language; the
 * parser's two words of its own, "Unknown" and "Computer", are the page's language.
 */
@Named("devices")
@RequestScoped
public class DeviceNames {

    @Inject
    Texts texts;

    public String describe(Device device) {
        return Stream.of(device.browser(), device.os(), device.device())
                .map(this::inPageLanguage)
                .collect(Collectors.joining(" \u00b7 "));
    }

    private String inPageLanguage(String part) {
        if (Device.UNKNOWN_PART.equals(part)) {
            return texts.get("device.unknown");
        }
        return Device.COMPUTER.equals(part) ? texts.get("device.computer") : part;
    }
}
