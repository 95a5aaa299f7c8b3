package org.rollcall.activity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void plainCellsAreSeparatedByCommasAndTheLineEndsInCrLf() {
        assertEquals("2026-12-02T10:00:00Z,SIGNED_IN,alice\r\n",
                CsvLine.of(Arrays.asList("2026-12-02T10:00:00Z", "SIGNED_IN", "alice")));
    }

    @Test
    void missingValuesAreEmptyCells() {
        assertEquals(",x,\r\n", CsvLine.of(Arrays.asList(null, "x", "")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Mozilla/5.0 (X11, Linux)\"", CsvLine.cell("Mozilla/5.0 (X11, Linux)"));
        assertEquals("\"say \"\"hi\"\"\"", CsvLine.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvLine.cell("two\nlines"));
    }

    @Test
    void cellsAFormulaCouldHideInAreShownAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvLine.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvLine.cell("+1"));
        assertEquals("'-1", CsvLine.cell("-1"));
        assertEquals("'@SUM(A1)", CsvLine.cell("@SUM(A1)"));
        assertEquals("a=b", CsvLine.cell("a=b"));
    }
}
