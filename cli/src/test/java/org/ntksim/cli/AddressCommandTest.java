package org.ntksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressCommandTest {

    @Test
    void printsTheDocumentedAddressesOfTheSmallExample() {
        final CliRun r = CliRun.of("address", "--topology", "4.2.2.2", "--address", "3.1.0.0");
        assertEquals(0, r.status(), r.err());
        assertEquals("global 10.0.0.28\nanonymizing 10.0.0.92\ninternal 3 10.0.0.60\ninternal 2 10.0.0.48\n"
                + "internal 1 10.0.0.40\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void printsTheDocumentedAddressesOfTheLargeExample() {
        final CliRun r = CliRun.of("address", "--topology", "4.16.256.256", "--address", "3.10.123.45");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("global 10.58.123.45\nanonymizing 10.186.123.45\ninternal 3 10.122.123.45\n"), r.out());
    }

    @Test
    void prefixesOfAVirtualAddressFollowTheOrderOfTableNtk() {
        final CliRun r = CliRun.of("prefixes", "--topology", "4.2.2.2", "--address", "2.1.1.2");
        assertEquals(0, r.status(), r.err());
        final String[] lines = r.out().split("\n");
        assertEquals(23, lines.length);
        assertEquals("10.0.0.0/29", lines[0]);
        assertEquals("10.0.0.22/32", lines[13]);
        assertEquals("10.0.0.41/32", lines[22]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "address --topology 4.3.2.2 --address 3.1.0.0 | not a power of two",
        "address --topology 8.256.256.256 --address 3.1.0.0 | address bits",
        "address --topology 4.2.2.2 --address 3.1.0 | expected 4 positions",
        "address --topology 4.2.2.2 --address 3.1.q.0 | not a non-negative decimal integer",
        "address --topology 4.2.2.2 --address 4.1.0.0 | out of range",
        "address --topology 4.2.2.2 | Missing required option",
        "prefixes --topology 4.2.2.2 --address 3.1.0.-1 | not a non-negative decimal integer",
        "prefixes --topology 4.2.2.2 --address 3.1.0.0 --subnet-level 4 | out of range",
    })
    void badInputGivesOneLineOnStderrAndStatusTwo(final String args, final String expectedFragment) {
        final CliRun r = CliRun.of(args.trim().split(" +"));
        assertEquals(2, r.status());
        assertEquals("", r.out());
        final String err = r.err().strip();
        assertFalse(err.contains("\n"), "more than one line: " + err);
        assertFalse(err.contains("Exception"), "stack trace or exception name: " + err);
        assertTrue(err.contains(expectedFragment.trim()), err);
    }
}
