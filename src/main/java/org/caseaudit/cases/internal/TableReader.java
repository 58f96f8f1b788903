package org.caseaudit.cases.internal;

import java.util.List;

/** Streams a table (header then rows) into a sink without holding the file in memory. */
interface TableReader {

    void read(RowSink sink);

    /** Fraction of the input consumed so far (0..1), or -1 when unknown. */
    double progress();

    interface RowSink {
        void header(int rowNumber, List<String> cells);

        /** A data row; {@code rowNumber} as a spreadsheet shows it (header = 1). May throw to stop reading. */
        void row(int rowNumber, List<String> cells);
    }
}
