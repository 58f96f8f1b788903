package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one SHA-256 helper gives the published test vectors (FIPS 180-2), in lower-case hex, of text's UTF-8 bytes. */
class Sha256Test {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "''    | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc   | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "Zoë   | c6a12698582fc1104ea24107a2d7268145ff06ef859707729d01fd060897f067",
    })
    void hex_of_text_and_of_its_utf8_bytes(String text, String expected) {
        assertThat(Sha256.hex(text)).isEqualTo(expected);
        assertThat(Sha256.hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(expected);
    }
}
