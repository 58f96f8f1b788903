package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upload limits hold while the request streams (issue 19, item 9): a 50 MB POST to an upload with a 1 MB limit is
 * refused with a message naming the limit, and the receiver reads nothing (length declared) or at most the limit and
 * one buffer more (chunked, no length), never the 50 MB.
 */
class LimitedUploadTest {

    private static final long FIFTY_MB = 50L * 1000 * 1000;

    /** A request body of the given size, made up as it is read, counting what was read. */
    static final class HugeBody extends InputStream {
        private final long size;
        long read;

        HugeBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    private static UploadEvent post(HugeBody body, long declaredLength) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "huge.yaml",
                declaredLength, "application/octet-stream", new Element("vaadin-upload"), null);
    }

    @ParameterizedTest(name = "{0}: {1} bytes sent, length declared {2}")
    @CsvSource({
            // handler,  body size, declared length, limit,     refused, most bytes the server may read
            "in-memory,  50000000,  50000000,        1000000,   true,    0",
            "in-memory,  50000000,  -1,              1000000,   true,    1000001",
            "in-memory,  50000000,  -1,              2097152,   true,    2097153",
            "streaming,  50000000,  50000000,        50000000,  false,   50000000",
            "streaming,  50000001,  50000001,        50000000,  true,    0",
            "streaming,  60000000,  -1,              50000000,  true,    50000001",
            "in-memory,  999999,    999999,          1000000,   false,   999999",
            "in-memory,  1000000,   -1,              1000000,   false,   1000000",
    })
    void oversized_uploads_are_refused_while_streaming(String handler, long bodySize, long declared, long limit,
                                                      boolean refused, long maxRead) throws IOException {
        HugeBody body = new HugeBody(bodySize);
        List<String> refusals = new ArrayList<>();
        long[] received = {-1};
        LimitedUpload upload = handler.equals("in-memory")
                ? LimitedUpload.inMemory(limit, (name, bytes) -> received[0] = bytes.length,
                        (name, message) -> refusals.add(message))
                : LimitedUpload.streaming(limit, (event, in) -> received[0] = in.transferTo(
                OutputStreamDiscard.INSTANCE),
                        (name, message) -> refusals.add(message));
        UploadEvent event = post(body, declared);

        upload.handleUploadRequest(event);

        assertThat(body.read).as("bytes the server read").isLessThanOrEqualTo(maxRead);
        assertThat(event.isRejected()).isEqualTo(refused);
        if (refused) {
            assertThat(refusals).singleElement().asString()
                    .contains("huge.yaml is larger than the limit of " + LimitedUpload.size(limit));
            assertThat(event.getRejectionMessage()).isEqualTo(refusals.getFirst());
            if (handler.equals("in-memory")) {
                assertThat(received[0]).as("bytes handed to the view").isEqualTo(-1);
            }
        } else {
            assertThat(refusals).isEmpty();
            assertThat(received[0]).isEqualTo(bodySize);
        }
    }

    @ParameterizedTest
    @CsvSource({"1000000, 1 MB", "50000000, 50 MB", "2097152, 2 MiB", "65536, 65 kB", "500, 500 bytes"})
    void limits_are_named_in_plain_units(long bytes, String expected) {
        assertThat(LimitedUpload.size(bytes)).isEqualTo(expected);
    }

    private static final class OutputStreamDiscard extends java.io.OutputStream {
        static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
