-- A draw from a frame of ids alone (designs that do not stratify, issue 6) stores its drawn list as one value: the
-- case ids in draw order (FrameSnapshot format 3) in sample_frame.drawn_ids. The sample's rows in sample_item are
-- written when it first changes (a case excluded, or the sample assigned), from that list and the register, under
-- the sample's lock. items_written says whether they have been: samples drawn before this migration, and draws
-- that read references and teams (stratified), have their rows from the draw.
ALTER TABLE sample_record ADD COLUMN items_written BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE sample_frame ADD COLUMN drawn_ids LONGBLOB NULL;
