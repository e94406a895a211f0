package dev.botstore.api.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.RangeNotSatisfiableException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bytes=10-19|10|19",
            "bytes=0-0|0|0",
            "bytes=10-|10|99",
            "bytes=90-200|90|99",
            "bytes=-10|90|99",
            "bytes=-1000|0|99",
            "BYTES=5-6 |5|6",
            "bytes=0-99999999999999999999999|0|99"})
    void oneRangeOfAHundredByteFile(String header, long first, long last) {
        ByteRange range = ByteRange.parse(header, 100).orElseThrow();
        assertEquals(new ByteRange(first, last), range);
        assertEquals(last - first + 1, range.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "items=0-5", "bytes=5", "bytes=9-3", "bytes=a-b", "bytes=-", "bytes=1-2,4-5",
            "bytes=--1"})
    void anythingElseMeansTheWholeFile(String header) {
        assertEquals(Optional.empty(), ByteRange.parse(header, 100));
        assertEquals(Optional.empty(), ByteRange.parse(null, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=-0", "bytes=99999999999999999999-"})
    void aRangeOutsideTheFileIsUnsatisfiable(String header) {
        RangeNotSatisfiableException refused = assertThrows(RangeNotSatisfiableException.class,
                () -> ByteRange.parse(header, 100));
        assertEquals(100, refused.size());
    }

    @Test
    void everyRangeOfAnEmptyFileIsUnsatisfiable() {
        assertThrows(RangeNotSatisfiableException.class, () -> ByteRange.parse("bytes=0-", 0));
        assertThrows(RangeNotSatisfiableException.class, () -> ByteRange.parse("bytes=-5", 0));
    }

    @Test
    void contentRangeNamesBothEndsAndTheSize() {
        assertEquals("bytes 10-19/100", new ByteRange(10, 19).contentRange(100));
    }
}
