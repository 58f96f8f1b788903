/**
 * Tagged PDF for JasperReports 7 Community Edition, whose own tagger refuses to tag: {@code StructureTagger} writes
 * the structure tree (headings, paragraphs, tables with header cells, lists, figures with alternative text,
 * artefacts) from the report elements' accessibility properties, plugged in through JasperReports' tagger-factory
 * extension point. Depends only on JasperReports and OpenPDF.
 *
 * <p>Decisions: the partnership comparison pack is a tagged PDF with an accessible HTML twin
 * ({@code docs/decisions/0024}); how to mark up a {@code .jrxml} for it is {@code docs/accessible-reports.md}.
 */
package org.caseaudit.reports.internal;
