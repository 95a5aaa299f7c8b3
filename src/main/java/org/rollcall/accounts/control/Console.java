package org.rollcall.accounts.control;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The process's own standard output, bypassing {@code System.out}: application servers replace
 * {@code System.out} with a stream into their log file, and a secret printed there would stay on disk, in
 * backups and in log shipping. What is printed here reaches the console the server was started from only.
 */
final class Console {

    private static final Logger LOG = Logger.getLogger(Console.class.getName());

    private Console() {
    }

    static void print(String text) {
        try {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            out.print(text);
            out.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not print to the console: {0}", e.toString());
        }
    }
}
