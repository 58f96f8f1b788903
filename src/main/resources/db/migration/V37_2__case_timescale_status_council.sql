-- The stored statuses belong to a council (decision 0012): its key, like every council column's.
ALTER TABLE case_timescale_status
    ADD CONSTRAINT fk_case_timescale_status_council FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE case_timescale_refresh
    ADD CONSTRAINT fk_case_timescale_refresh_council FOREIGN KEY (council_id) REFERENCES council (id);
