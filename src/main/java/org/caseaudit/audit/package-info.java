/**
 * Case audits: answers, derived answers, grades, moderation and agreement statistics.
 */
package org.caseaudit.audit;
