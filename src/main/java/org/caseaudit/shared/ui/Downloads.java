package org.caseaudit.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A download link of a file built when it is clicked: one place for the anchor, its {@code download} attribute and the
 * response, so that each view only says what the file is called, what it holds and how it is made.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String HTML = "text/html;charset=UTF-8";

    private Downloads() {
    }

    /** A link with the given id and text that downloads {@code content}'s bytes as {@code fileName} of {@code type}. */
    public static Anchor link(String id, String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }
}
