package org.caseaudit.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.caseaudit.shared.CountingInputStream;

/**
 * An upload refused while it streams, never after buffering it (issue 19, item 9). A request that declares a length
 * over the limit is refused before a byte is read; one that does not (chunked) is read up to one byte past the limit
 * and then refused. Either way the refusal names the limit, and the file is never held whole. Multipart requests are
 * parsed by the servlet container first, which spools to disk within {@code spring.servlet.multipart.*}, never to the
 * heap; the limits here are also given to Vaadin, which refuses such parts before calling the receiver.
 */
public final class LimitedUpload implements UploadHandler {

    /** Reads the stream (on the request's thread); reading past the limit throws. */
    @FunctionalInterface
    public interface Receiver {
        void received(UploadEvent event, InputStream limitedContent) throws IOException;
    }

    /** Told of a refusal (the message names the limit), within the UI's lock. */
    @FunctionalInterface
    public interface Refusal {
        void refused(String fileName, String message);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final BiConsumer<String, byte[]> bytesReceiver;
    private final Refusal refusal;

    private LimitedUpload(long maxBytes, Receiver receiver, BiConsumer<String, byte[]> bytesReceiver, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.bytesReceiver = bytesReceiver;
        this.refusal = refusal;
    }

    /** Reads the file into memory (at most {@code maxBytes}) and hands the bytes over within the UI's lock. */
    public static LimitedUpload inMemory(long maxBytes, BiConsumer<String, byte[]> receiver, Refusal refusal) {
        return new LimitedUpload(maxBytes, null, receiver, refusal);
    }

    /** Streams the file to the receiver, which must read it; the stream ends with an error past the limit. */
    public static LimitedUpload streaming(long maxBytes, Receiver receiver, Refusal refusal) {
        return new LimitedUpload(maxBytes, receiver, null, refusal);
    }

    /** "larger than the limit of 1 MB": the words every refusal uses. */
    public static String limitMessage(String fileName, long maxBytes) {
        return fileName + " is larger than the limit of " + size(maxBytes) + "; nothing was read or stored.";
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return String.format(Locale.UK, "%d MiB", bytes / (1024 * 1024));
        }
        if (bytes >= 1_000_000 && bytes % 100_000 == 0) {
            return String.format(Locale.UK, "%s MB", trim(bytes / 1_000_000.0));
        }
        if (bytes >= 1000) {
            return String.format(Locale.UK, "%,d kB", bytes / 1000);
        }
        return bytes + " bytes";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        byte[] bytes = null;
        boolean tooLarge;
        try (CountingStream in = new CountingStream(event.getInputStream(), maxBytes)) {
            if (bytesReceiver != null) {
                try {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    tooLarge = bytes.length > maxBytes;
                } catch (LimitExceeded e) {
                    tooLarge = true;
                }
            } else {
                try {
                    receiver.received(event, in);
                    tooLarge = in.overLimit();
                } catch (LimitExceeded e) {
                    tooLarge = true;
                }
            }
        }
        if (tooLarge) {
            refuse(event, fileName);
            return;
        }
        if (bytesReceiver != null) {
            byte[] content = bytes;
            inUi(event.getUI(), () -> bytesReceiver.accept(fileName, content));
        }
    }

    private void refuse(UploadEvent event, String fileName) {
        String message = limitMessage(fileName, maxBytes);
        event.reject(message);
        inUi(event.getUI(), () -> refusal.refused(fileName, message));
    }

    private static void inUi(UI ui, Runnable action) {
        if (ui == null) {
            action.run();
        } else if (ui.getSession().hasLock()) {
            action.run();
        } else {
            ui.access(action::run);
        }
    }

    /** Thrown by the stream once more than the limit was asked for. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long maxBytes) {
            super("over the upload limit of " + size(maxBytes));
        }
    }

    /** Counts what is read and refuses to read more than one byte past the limit. */
    static final class CountingStream extends CountingInputStream {
        private final long maxBytes;

        CountingStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        boolean overLimit() {
            return count() > maxBytes;
        }

        private int allowed(int wanted) throws LimitExceeded {
            if (count() > maxBytes) {
                throw new LimitExceeded(maxBytes);
            }
            return (int) Math.min(wanted, maxBytes + 1 - count());
        }

        @Override
        public int read() throws IOException {
            allowed(1);
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            return super.read(b, off, allowed(len));
        }

        @Override
        public long skip(long n) throws IOException {
            return super.skip(Math.min(n, allowed((int) Math.min(n, Integer.MAX_VALUE))));
        }
    }
}
