package org.rollcall.activity.boundary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the activity export as RFC 4180 has it (comma-separated, quoted when a cell needs it, CRLF), made
 * safe to open in a spreadsheet: a cell that starts like a formula ({@code = + - @}, tab, carriage return) gets a
 * leading apostrophe, so a username or user agent typed by an attacker is shown, never evaluated.
 */
final class CsvLine {

    private CsvLine() {
    }

    static String of(List<String> cells) {
        return cells.stream().map(CsvLine::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
