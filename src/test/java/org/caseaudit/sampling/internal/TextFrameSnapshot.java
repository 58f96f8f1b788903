package org.caseaudit.sampling.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.caseaudit.sampling.FrameItem;

/**
 * Writes a frame snapshot in the unreleased text form of before format 2 (gzip of "id TAB reference TAB team" lines,
 * \\ \t \n \r escaped): the size format 2 is compared with, and what the production code now refuses.
 */
public final class TextFrameSnapshot {

    private TextFrameSnapshot() {
    }

    public static byte[] write(List<FrameItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (FrameItem item : items) {
                gzip.write((Long.toString(item.id()) + "\t" + escape(item.reference()) + "\t" + escape(
                        item.stratum()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
