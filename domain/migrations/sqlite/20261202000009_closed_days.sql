-- The days a county closes its offices, on top of the public holidays: no time is offered on
-- them. `MM-DD` days separated by commas; Christmas Eve and New Year's Eve by default.
ALTER TABLE county ADD COLUMN closed_days TEXT NOT NULL DEFAULT '12-24,12-31';
