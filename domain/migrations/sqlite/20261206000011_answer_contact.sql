-- Someone reached by a letter alone (OT has no mobile and no e-mail for them) gives a mobile or
-- an e-mail in the answer's contact step, so that OT can reach them the way they chose. Kept on
-- the answer, beside the channels it makes possible; the contact request keeps what OT had.
ALTER TABLE answer ADD COLUMN mobile TEXT;
ALTER TABLE answer ADD COLUMN email TEXT;
