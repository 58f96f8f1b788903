package org.caseaudit.cases.internal;

public enum FileKind { CSV, XLSX }
