-- The latest outcome date on record, shown beside every NI30 figure as its data
-- currency (convictions lag offences), read from this index instead of the whole
-- outcomes table: 0.4 s of NI30's time on embedded PGlite at force scale. The
-- proven-reoffending cohort's index events (outcomes in a period) use it too.
-- Its price is one more index to maintain on every outcomes import.
CREATE INDEX outcomes_outcome_date ON outcomes (partnership_id, outcome_date);
