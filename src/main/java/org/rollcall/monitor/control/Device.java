package org.rollcall.monitor.control;

/** What a user agent says about the browser, the operating system and the device. */
public record Device(String browser, String os, String device) implements java.io.Serializable {

    public static final Device UNKNOWN = new Device("Unknown", "Unknown", "Unknown");

    public String getBrowser() {
        return browser;
    }

    public String getOs() {
        return os;
    }

    public String getDevice() {
        return device;
    }
}
