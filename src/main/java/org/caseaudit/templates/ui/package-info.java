/**
 * The template pages: the stored versions with uploads by administrators, one version as auditors will see it, and
 * what changed between two versions. Query parameters are typed by hand, so they are never trusted to be numbers
 * ({@code QueryParams}). Calls {@link org.caseaudit.templates.TemplateService} only.
 *
 * <p>Decisions: a template is data, checked by the schema and the parser and stored as a new version (the module's
 * page); the upload limit is enforced while the file streams ({@code shared.ui.LimitedUpload}).
 */
package org.caseaudit.templates.ui;
