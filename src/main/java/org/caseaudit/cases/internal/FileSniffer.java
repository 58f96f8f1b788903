package org.caseaudit.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.poifs.crypt.Decryptor;

/**
 * Decides from the extension AND the first bytes what a file is; an extension that lies about the content is
 * rejected rather than trusted. Only .csv and .xlsx are accepted (never .xlsm, .xls, .xlsb).
 */
public final class FileSniffer {

    private FileSniffer() {
    }

    public static FileKind sniff(Path file, String fileName) {
        String ext = extension(fileName);
        FileMagic magic;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        } catch (IOException e) {
            throw new RejectedFileException("File '" + fileName + "' could not be read: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new RejectedFileException("File '" + fileName + "' is empty.");
        }
        magic = FileMagic.valueOf(head);
        switch (ext) {
            case "xlsm", "xltm", "xlam" -> throw new RejectedFileException("File '" + fileName
                    + "' is a macro-enabled workbook (." + ext + "), which is not accepted. Save it as .xlsx or .csv.");
            case "xls", "xlsb" -> throw new RejectedFileException("File '" + fileName + "' is an ." + ext
                    + " workbook, which is not accepted. Save it as .xlsx (Excel Workbook) or .csv (CSV UTF-8).");
            case "csv", "txt" -> {
                if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
                    throw new RejectedFileException("File '" + fileName + "' is named ." + ext
                            + " but its content is a " + (magic == FileMagic.OLE2 ? "binary Office/encrypted" : "ZIP/Excel")
                            + " file. Export it as CSV UTF-8 or upload the workbook with its real extension.");
                }
                if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                    throw new RejectedFileException("File '" + fileName
                            + "' is UTF-16 text. Save it as CSV UTF-8 (Excel: Save As > CSV UTF-8).");
                }
                if (looksBinary(head)) {
                    throw new RejectedFileException("File '" + fileName + "' is named ." + ext
                            + " but its content is not text (" + magic + "). Export the data as CSV UTF-8.");
                }
                return FileKind.CSV;
            }
            case "xlsx" -> {
                if (magic == FileMagic.OLE2) {
                    if (isEncrypted(file)) {
                        throw new RejectedFileException("File '" + fileName
                                + "' is password-protected (encrypted). Remove the password in Excel and upload it again.");
                    }
                    throw new RejectedFileException("File '" + fileName
                            + "' is named .xlsx but is an old binary Excel (.xls) file. Save it as .xlsx.");
                }
                if (magic != FileMagic.OOXML) {
                    throw new RejectedFileException("File '" + fileName
                            + "' is named .xlsx but its content is not an Excel workbook (" + magic + ").");
                }
                return FileKind.XLSX;
            }
            default -> throw new RejectedFileException("File '" + fileName + "' has an unsupported type"
                    + (ext.isEmpty() ? " (no extension)" : " (." + ext + ")") + ". Upload a .csv or .xlsx file.");
        }
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
    }

    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
