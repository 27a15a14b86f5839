-- The date a partnership's data describes. The demo partnership's events stop in
-- the past, so "today" on its pages is this date; NULL means the real date.
ALTER TABLE partnerships ADD COLUMN data_as_of date;
