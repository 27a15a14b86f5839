-- Need-to-know (issue 14): a list that shows people is logged as one entry that
-- names every person it showed, so that a search of the log for one person
-- finds each list they appeared on. The ids, never names: an erasure leaves
-- the entry, and the chain, intact.
ALTER TABLE audit_log ADD COLUMN person_ids bigint[];
CREATE INDEX audit_log_person_ids ON audit_log USING gin (person_ids);

-- The agency that leads a person's case (SPEC 3.5): its staff may see the
-- person's health and drug-treatment detail, and its reads of the record are
-- not disclosures to another agency. Unset until an agency takes the lead.
ALTER TABLE people ADD COLUMN lead_agency_id integer REFERENCES agencies(id);
