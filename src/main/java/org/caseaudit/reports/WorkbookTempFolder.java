package org.caseaudit.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SXSSF keeps rows that left its window in gzip temp files, which are plain text to anyone who can read them (gzip is
 * not encryption). Workbooks hold OFFICIAL-SENSITIVE data, so POI's temp files go into a folder only this process's
 * user can open ({@code caseaudit.reports.temp-dir}, default a fresh {@code caseaudit-poi-*} folder in the system temp
 * folder, mode 700). POI's temp-file strategy is process-wide; set once here at start.
 */
@Component
class WorkbookTempFolder {

    private final Path folder;

    WorkbookTempFolder(@Value("${caseaudit.reports.temp-dir:}") String configured) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (configured == null || configured.isBlank()) {
                folder = posix
                        ? Files.createTempDirectory("caseaudit-poi-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createTempDirectory("caseaudit-poi-");
            } else {
                folder = Files.createDirectories(Path.of(configured));
                if (posix) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the private folder for workbook temp files", e);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }

    Path folder() {
        return folder;
    }
}
