package org.caseaudit.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds good and hostile import files for tests. */
public final class TestFiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private TestFiles() {
    }

    public static List<CaseData> cases(int n, long seed) {
        return new SyntheticCaseGenerator(seed, TODAY, 14).generate(n);
    }

    public static Path export(Path dir, String name, ExportShape shape, List<CaseData> cases) throws IOException {
        Path file = dir.resolve(name);
        CaseExportWriter.writeShape(cases.iterator(), shape, file);
        return file;
    }

    public static Path text(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static Path bytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** A small xlsx whose first sheet holds the rows given (all text cells). */
    public static Path xlsx(Path dir, String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Cases");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** The xlsx encrypted with a password (agile encryption): an OLE2 container, whatever its extension. */
    public static Path encrypt(Path xlsx, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(xlsx.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** Copies a zip, replacing entries whose name matches through {@code change} (null = keep). */
    public static Path rewriteZip(Path source, Path target, String entryName, UnaryOperator<byte[]> change,
                                  String addEntry, byte[] addContent) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                if (e.getName().equals(entryName)) {
                    data = change.apply(data);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
            if (addEntry != null) {
                out.putNextEntry(new ZipEntry(addEntry));
                out.write(addContent);
                out.closeEntry();
            }
        }
        return target;
    }

    public static Path zipBomb(Path xlsx, Path target) throws IOException {
        return rewriteZip(xlsx, target, "xl/worksheets/sheet1.xml", data -> {
            String xml = new String(data, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                b.writeBytes(spaces);
            }
            b.writeBytes(xml.substring(at).getBytes(StandardCharsets.UTF_8));
            return b.toByteArray();
        }, null, null);
    }

    public static Path xxe(Path xlsx, Path target) throws IOException {
        return rewriteZip(xlsx, target, "xl/worksheets/sheet1.xml", data -> {
            String xml = new String(data, StandardCharsets.UTF_8);
            int root = xml.indexOf("<worksheet");
            String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
            return (xml.substring(0, root) + doctype + xml.substring(root).replaceFirst("<sheetData>",
                    "<sheetData>")).getBytes(StandardCharsets.UTF_8);
        }, null, null);
    }

    /** Marks the workbook as macro-enabled (.xlsm content type plus a vbaProject part), whatever its extension. */
    public static Path macroWorkbook(Path xlsx, Path target) throws IOException {
        return rewriteZip(xlsx, target, "[Content_Types].xml", data -> new String(data, StandardCharsets.UTF_8)
                        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8),
                "xl/vbaProject.bin", new byte[] {1, 2, 3, 4});
    }

    public static String standardHeader() {
        return String.join(",", ExportShape.STANDARD.headings());
    }

    /** One standard-shape CSV line with the given overrides (field key -> raw text). */
    public static String standardRow(java.util.Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (String h : ExportShape.STANDARD.headings()) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            String v = values.getOrDefault(h, "");
            sb.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return sb.toString();
    }
}
