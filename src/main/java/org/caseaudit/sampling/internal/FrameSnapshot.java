package org.caseaudit.sampling.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.caseaudit.sampling.FrameItem;

/**
 * The stored frame snapshot ({@code sample_frame.frame_items}): every frame item (id, reference, team) in id order,
 * so that "verify" can re-draw from the frame as it was and say which cases entered or left it since.
 *
 * <p>Two formats, told apart by their first bytes, both read for ever. The text form written on the first day
 * (gzip, before format 2 of 22/11/2026) was never released and is refused, saying so:
 * <ul>
 * <li><b>Format 2</b> (written now): the four bytes {@code C A F 2}; a raw DEFLATE stream (fastest level) of the
 * number of items, then per item its id and its reference, each front-coded against the previous item's (the
 * number of leading UTF-8 bytes shared with it, then the length and bytes of the rest), and its team: n &gt; 0 for
 * the n-th distinct team met so far, or 0 followed by the length and bytes of a team not met before; then the
 * CRC-32 of the data in the DEFLATE stream (4 bytes, most significant first), so damage is found, not misread.
 * Numbers are unsigned LEB128 varints; text is UTF-8. Sorted ids and register references share long prefixes and a
 * frame has few teams, so this is about a tenth of the size of the text form and cheaper to write.</li>
 * <li><b>Format 3</b> (written for a frame of numeric ids only, and for a drawn list): the four bytes
 * {@code C A F 3}; a raw DEFLATE stream (fastest level) of the number of ids, then each id as the difference from
 * the one before it (the first from 0), zigzag-coded and written as an unsigned LEB128 varint; then the CRC-32, as
 * in format 2. The ids keep the order they were given in: a frame's snapshot is written in numeric order (nearby
 * ids, small differences), a drawn list in draw order. Read back, an id's reference is the id itself and it has
 * no team: designs that do not stratify need neither.</li>
 * </ul>
 */
public final class FrameSnapshot {

    private static final byte[] FORMAT_2 = {'C', 'A', 'F', '2'};
    private static final byte[] FORMAT_3 = {'C', 'A', 'F', '3'};
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private FrameSnapshot() {
    }

    /** The frame items (in id order) in format 2. */
    public static byte[] encode(List<FrameItem> items) {
        Body body = new Body(items.size() * 8 + 64);
        body.varint(items.size());
        Map<String, Integer> teams = new HashMap<>();
        byte[] previousId = new byte[0];
        byte[] previousReference = new byte[0];
        for (FrameItem item : items) {
            byte[] id = Long.toString(item.id()).getBytes(StandardCharsets.US_ASCII);
            byte[] reference = item.reference().getBytes(StandardCharsets.UTF_8);
            body.frontCoded(previousId, id);
            body.frontCoded(previousReference, reference);
            Integer team = teams.get(item.stratum());
            if (team == null) {
                teams.put(item.stratum(), teams.size());
                body.varint(0);
                byte[] name = item.stratum().getBytes(StandardCharsets.UTF_8);
                body.varint(name.length);
                body.bytes(name, 0, name.length);
            } else {
                body.varint(team + 1);
            }
            previousId = id;
            previousReference = reference;
        }
        return seal(FORMAT_2, body);
    }

    /** Numeric ids in the order given, in format 3. */
    public static byte[] encodeIds(long[] ids) {
        Body body = new Body(ids.length * 3 + 16);
        body.varint(ids.length);
        long previous = 0;
        for (long id : ids) {
            long delta = id - previous;
            body.varlong((delta << 1) ^ (delta >> 63));
            previous = id;
        }
        return seal(FORMAT_3, body);
    }

    /** The ids of a format 3 snapshot or drawn list, in the order stored. */
    public static long[] decodeIds(byte[] stored) {
        if (!idsOnly(stored)) {
            throw new IllegalStateException("Not a list of numeric ids (first bytes "
                    + java.util.HexFormat.of().formatHex(stored, 0, Math.min(4, stored.length)) + ")");
        }
        byte[] body = inflate(stored, FORMAT_3.length);
        Reader in = new Reader(body);
        int count = in.varint();
        long[] ids = new long[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            long zigzag = in.varlong();
            previous += (zigzag >>> 1) ^ -(zigzag & 1);
            ids[i] = previous;
        }
        if (in.position != body.length) {
            throw new IllegalStateException("Frame snapshot has " + (body.length - in.position)
                    + " bytes after its ids");
        }
        return ids;
    }

    /** Whether stored bytes are in format 3 (ids only, no references or teams). */
    public static boolean idsOnly(byte[] stored) {
        return stored.length >= FORMAT_3.length && Arrays.equals(stored, 0, FORMAT_3.length, FORMAT_3, 0,
                FORMAT_3.length);
    }

    /** The magic bytes, the body DEFLATEd (fastest), and the body's CRC-32. */
    private static byte[] seal(byte[] magic, Body body) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(body.buffer, 0, body.size);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.size / 4 + 64);
            out.writeBytes(magic);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            int crc = crc32(body.buffer, body.size);
            out.write(crc >>> 24);
            out.write(crc >>> 16);
            out.write(crc >>> 8);
            out.write(crc);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The frame items of a snapshot in any format, in the order stored (id order). Items of format 3 have their id
     * as reference and no team.
     */
    public static List<FrameItem> decode(byte[] stored) {
        if (idsOnly(stored)) {
            long[] ids = decodeIds(stored);
            List<FrameItem> items = new ArrayList<>(ids.length);
            for (long id : ids) {
                items.add(FrameItem.of(id, null));
            }
            return items;
        }
        if (stored.length >= 2 && (stored[0] & 0xff) == GZIP_MAGIC_1 && (stored[1] & 0xff) == GZIP_MAGIC_2) {
            throw new IllegalStateException(
                    "Frame snapshot in the unreleased text format of before 22/11/2026, no longer"
                    + " read: redraw the sample, or start from fresh demo data");
        }
        if (stored.length >= FORMAT_2.length && Arrays.equals(stored, 0, FORMAT_2.length, FORMAT_2, 0,
                FORMAT_2.length)) {
            return decodeFormat2(stored);
        }
        throw new IllegalStateException("Unknown frame snapshot format (first bytes "
                + java.util.HexFormat.of().formatHex(stored, 0, Math.min(4, stored.length)) + ")");
    }

    private static List<FrameItem> decodeFormat2(byte[] stored) {
        byte[] body = inflate(stored, FORMAT_2.length);
        Reader in = new Reader(body);
        int count = in.varint();
        List<FrameItem> items = new ArrayList<>(count);
        List<String> teams = new ArrayList<>();
        byte[] id = new byte[64];
        int idLength = 0;
        byte[] reference = new byte[64];
        int referenceLength = 0;
        for (int i = 0; i < count; i++) {
            id = in.frontCoded(id, idLength);
            idLength = in.lastLength;
            reference = in.frontCoded(reference, referenceLength);
            referenceLength = in.lastLength;
            int team = in.varint();
            String stratum;
            if (team == 0) {
                int length = in.varint();
                stratum = new String(body, in.position, length, StandardCharsets.UTF_8);
                in.position += length;
                teams.add(stratum);
            } else {
                stratum = teams.get(team - 1);
            }
            items.add(new FrameItem(Long.parseLong(new String(id, 0, idLength, StandardCharsets.US_ASCII)),
                    new String(reference, 0, referenceLength, StandardCharsets.UTF_8), stratum));
        }
        if (in.position != body.length) {
            throw new IllegalStateException("Frame snapshot has " + (body.length - in.position)
                    + " bytes after its items");
        }
        return items;
    }

    /** The body, checked against the CRC-32 that follows the DEFLATE stream. */
    private static byte[] inflate(byte[] stored, int offset) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored, offset, stored.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 6);
            byte[] chunk = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("Frame snapshot is cut short");
                }
                out.write(chunk, 0, n);
            }
            if (inflater.getRemaining() != 4) {
                throw new IllegalStateException("Frame snapshot is damaged (" + inflater.getRemaining()
                        + " bytes after its data instead of a 4-byte checksum)");
            }
            byte[] body = out.toByteArray();
            int end = stored.length;
            int expected = (stored[end - 4] & 0xff) << 24 | (stored[end - 3] & 0xff) << 16
                    | (stored[end - 2] & 0xff) << 8 | (stored[end - 1] & 0xff);
            if (crc32(body, body.length) != expected) {
                throw new IllegalStateException("Frame snapshot is damaged (checksum differs)");
            }
            return body;
        } catch (DataFormatException e) {
            throw new IllegalStateException("Frame snapshot is damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static int crc32(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** A growable byte buffer with varints and front coding. */
    private static final class Body {
        private byte[] buffer;
        private int size;

        Body(int capacity) {
            buffer = new byte[capacity];
        }

        void varint(int value) {
            ensure(5);
            int v = value;
            while ((v & ~0x7F) != 0) {
                buffer[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        void varlong(long value) {
            ensure(10);
            long v = value;
            while ((v & ~0x7FL) != 0) {
                buffer[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[size++] = (byte) v;
        }

        void bytes(byte[] source, int from, int length) {
            ensure(length);
            System.arraycopy(source, from, buffer, size, length);
            size += length;
        }

        void frontCoded(byte[] previous, byte[] value) {
            int shared = Arrays.mismatch(previous, value);
            if (shared < 0) {
                shared = value.length; // equal to the previous one (references need not be unique)
            }
            varint(shared);
            varint(value.length - shared);
            bytes(value, shared, value.length - shared);
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }

    private static final class Reader {
        private final byte[] body;
        private int position;
        private int lastLength;

        Reader(byte[] body) {
            this.body = body;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = body[position++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("Frame snapshot holds a malformed number");
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                byte b = body[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("Frame snapshot holds a malformed number");
        }

        /** Reads a front-coded value over {@code previous} (its first {@code previousLength} bytes). */
        byte[] frontCoded(byte[] previous, int previousLength) {
            int shared = varint();
            int rest = varint();
            if (shared > previousLength) {
                throw new IllegalStateException("Frame snapshot refers to more bytes than the previous value has");
            }
            byte[] target = previous.length >= shared + rest ? previous : Arrays.copyOf(previous, (shared + rest) * 2);
            System.arraycopy(body, position, target, shared, rest);
            position += rest;
            lastLength = shared + rest;
            return target;
        }
    }
}
