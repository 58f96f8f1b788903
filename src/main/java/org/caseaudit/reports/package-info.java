/**
 * Reports: report data built as plain records from the other modules' public APIs (read-only), rendered separately
 * (JasperReports for PDF from {@code reports/*.jrxml}, Apache POI for workbooks). No module uses this one.
 */
package org.caseaudit.reports;
