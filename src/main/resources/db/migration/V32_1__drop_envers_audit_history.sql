-- Hibernate Envers is no longer used (issue #22).
--
-- case_audit_history held a row per committed change of an audit (status, grade, reopening), written by Envers and
-- read by nothing: no screen, report or export used it, and the audit trail already records who submitted, reopened,
-- moderated and closed each audit. It is dropped with the dependency.
--
-- audit_answer_history and audit_revision stay: they hold the answer versions saved before V15, which
-- AnswerStore.history still reads (plain SQL, no Envers) alongside the system-versioned audit_answer. Nothing writes
-- them any more.
DROP TABLE IF EXISTS case_audit_history;
