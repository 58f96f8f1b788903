-- Decision 0028: a measure that does not apply to a case is no longer stored (about a third of the rows). A case
-- with rows whose measure has no row is "not applicable"; a case none of whose measures apply keeps its rows (so every
-- evaluated case has at least one row, and a case with none means "never evaluated", as before). The existing rows
-- follow the rule: not-applicable rows of cases that also have another status are removed.
DELETE s FROM case_timescale_status s
    JOIN (SELECT DISTINCT case_id FROM case_timescale_status WHERE status <> 'NOT_APPLICABLE') applies
        ON applies.case_id = s.case_id
WHERE s.status = 'NOT_APPLICABLE';
