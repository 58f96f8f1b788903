package org.caseaudit.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An uploaded file copied to a private temporary directory (owner-only), so the import can stream it twice
 * (checks, then rows) without holding it in memory. Copying stops as soon as the size limit is passed.
 * Close it to delete the copy.
 */
public final class StagedFile implements AutoCloseable {

    private final Path path;
    private final String originalName;
    private final boolean tooLarge;

    private StagedFile(Path path, String originalName, boolean tooLarge) {
        this.path = path;
        this.originalName = originalName;
        this.tooLarge = tooLarge;
    }

    /** Stops copying once more than {@code maxBytes} arrived; the import then rejects the file as too large. */
    public static StagedFile copy(InputStream in, String originalName, long maxBytes) {
        try {
            Path file = Files.createTempFile(directory(), "import-", ".upload");
            long written = 0;
            boolean tooLarge = false;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buf = new byte[65536];
                int n;
                while ((n = in.read(buf)) > 0) {
                    written += n;
                    out.write(buf, 0, n);
                    if (written > maxBytes) {
                        tooLarge = true;
                        break;
                    }
                }
            }
            return new StagedFile(file, safeName(originalName), tooLarge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps an existing file (tests, benchmark); closing does not delete it. */
    public static StagedFile existing(Path file, String originalName) {
        return new StagedFile(file, originalName, false);
    }

    private static synchronized Path directory() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "caseaudit-imports");
        if (!Files.isDirectory(dir)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        return dir;
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    public Path path() {
        return path;
    }

    public String originalName() {
        return originalName;
    }

    public boolean tooLarge() {
        return tooLarge;
    }

    @Override
    public void close() {
        if (path.getParent() != null && path.getParent().getFileName().toString().equals("caseaudit-imports")) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
