-- One decision per person at a panel (issue 15): the chair's agenda shows a
-- person once, with all their flags and proposals, and takes one decision that
-- answers all of them. `items` lists the agenda items the decision answers
-- ('rule:stopped_offending', 'proposal:deselect', ...); `item` stays, the
-- first of them, for readers that name one item. Decisions recorded before
-- this answered one item each: theirs is set to that item. A row written
-- without items (by an older writer) answers its one item; readers take
-- items, or else item.
ALTER TABLE panel_decisions ADD COLUMN items text[] NOT NULL DEFAULT '{}';
UPDATE panel_decisions SET items = ARRAY[item];
ALTER TABLE panel_decisions ADD CONSTRAINT panel_decisions_items_first CHECK (cardinality(items) = 0 OR items[1] = item);
