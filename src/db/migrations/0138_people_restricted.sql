-- The restricted people of a partnership, found without reading every person:
-- a selection run's counts leave out those a viewer may not see (src/selection/hidden.ts),
-- and there are few of them.
CREATE INDEX people_restricted ON people (partnership_id) WHERE restricted;
