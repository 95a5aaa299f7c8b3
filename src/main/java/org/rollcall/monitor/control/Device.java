package org.rollcall.monitor.control;

/** What a user agent says about the browser, the operating system and the device. */
public record Device(String browser, String os, String device) implements java.io.Serializable {

    /** What a part reads when the user agent doesn't say; a page shows it in its own language. */
    public static final String UNKNOWN_PART = "Unknown";
    /** The device of a desktop browser, which user agents don't name; a page shows it in its own language. */
    public static final String COMPUTER = "Computer";
    public static final Device UNKNOWN = new Device(UNKNOWN_PART, UNKNOWN_PART, UNKNOWN_PART);

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
