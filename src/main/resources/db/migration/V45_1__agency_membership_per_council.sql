-- Decision 0012: a user may work in several councils, and an agency belongs to one council, so a user's agency
-- membership is per council: the key was the username alone (V33_1), so joining an agency in council B would have
-- moved the user out of their agency in council A.
ALTER TABLE ma_agency_member DROP PRIMARY KEY, ADD PRIMARY KEY (council_id, username);
