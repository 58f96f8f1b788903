/**
 * The stored templates: a template named by the id in its files, its numbered versions (canonical JSON, SHA-256 and
 * the questions, denormalised for queries) and their repositories. Used only by {@code TemplateStore} and
 * {@code TemplateService}; depends on nothing outside the module.
 *
 * <p>Decisions: a version's content is fixed at creation (no setters, columns not updatable); the one change is the
 * "in use" mark, which cannot be undone, so audits always keep the version they started on. Templates are shared by
 * every council of the installation.
 */
package org.caseaudit.templates.internal;
