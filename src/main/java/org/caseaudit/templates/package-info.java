/**
 * Checklist templates as data: the YAML files under {@code audit-templates/}, validated against
 * {@code template.schema.json}, stored as numbered versions.
 *
 * <p>Public API: {@link org.caseaudit.templates.TemplateService} (the versions stored, one version as auditors see
 * it, what changed between two, uploads by administrators, the "in use" mark), {@link
 * org.caseaudit.templates.TemplateDefinition} and its sections, questions, answer scales and derivations.
 *
 * <p>Decisions, so they are stated once:
 * <ul>
 * <li>A template is data, not code: a council changes its checklist by uploading a new version, which is checked
 * against the JSON schema and the project's own rules ({@code TemplateParser}), with every
 * problem named by line and field.</li>
 * <li>Versions are never changed once an audit has started on them; a change is a new version, and audits keep the
 * version they started on.</li>
 * <li>The templates in {@code caseaudit.templates.path} are stored at start-up ({@code TemplateStartupLoader}), a
 * new version once; a bad file is logged and skipped so the application still starts. Uploads are limited to
 * {@link org.caseaudit.templates.TemplateService#MAX_FILE_BYTES}.</li>
 * </ul>
 */
package org.caseaudit.templates;
