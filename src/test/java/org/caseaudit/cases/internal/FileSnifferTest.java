package org.caseaudit.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.caseaudit.cases.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSnifferTest {

    @TempDir
    Path dir;

    @Test
    void csv_and_xlsx_with_matching_content_are_accepted() throws Exception {
        assertThat(FileSniffer.sniff(TestFiles.text(dir, "a.csv", "a,b\n1,2\n"), "a.csv")).isEqualTo(FileKind.CSV);
        Path x = TestFiles.xlsx(dir, "a.xlsx", List.of(List.of("a")));
        assertThat(FileSniffer.sniff(x, "a.XLSX")).isEqualTo(FileKind.XLSX);
    }

    @ParameterizedTest
    @CsvSource({"cases.xlsm,macro-enabled", "cases.xls,not accepted", "cases.pdf,unsupported", "cases,no extension"})
    void unsupported_extensions_are_rejected(String name, String message) throws Exception {
        Path f = TestFiles.text(dir, "f", "a,b\n");
        assertThatThrownBy(() -> FileSniffer.sniff(f, name)).isInstanceOf(RejectedFileException.class)
                .hasMessageContaining(message);
    }

    @Test
    void workbook_named_csv_is_rejected() throws Exception {
        Path x = TestFiles.xlsx(dir, "a.xlsx", List.of(List.of("a")));
        assertThatThrownBy(() -> FileSniffer.sniff(x, "cases.csv")).hasMessageContaining("named .csv");
    }

    @Test
    void text_named_xlsx_is_rejected() throws Exception {
        Path f = TestFiles.text(dir, "a.xlsx", "case_reference,team\n");
        assertThatThrownBy(() -> FileSniffer.sniff(f, "a.xlsx")).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void binary_named_csv_is_rejected() throws Exception {
        Path f = TestFiles.bytes(dir, "a.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> FileSniffer.sniff(f, "a.csv")).hasMessageContaining("not text");
    }

    @Test
    void utf16_csv_is_rejected_with_advice() throws Exception {
        Path f = TestFiles.bytes(dir, "a.csv", "\uFEFFa,b".getBytes(StandardCharsets.UTF_16LE));
        byte[] withBom = new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        Path g = TestFiles.bytes(dir, "b.csv", withBom);
        assertThatThrownBy(() -> FileSniffer.sniff(g, "b.csv")).hasMessageContaining("UTF-16");
        assertThat(f).exists();
    }

    @Test
    void encrypted_xlsx_is_rejected_as_password_protected() throws Exception {
        Path x = TestFiles.xlsx(dir, "plain.xlsx", List.of(List.of("a")));
        Path enc = TestFiles.encrypt(x, dir.resolve("enc.xlsx"));
        assertThatThrownBy(() -> FileSniffer.sniff(enc, "enc.xlsx")).hasMessageContaining("password-protected");
    }
}
