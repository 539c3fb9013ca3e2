-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: the biller's claims (issue 5). A claim keeps its own diagnoses, so the biller can
-- change them and a replacement claim keeps what was sent; batches remember the receiver and
-- how their transaction sets were acknowledged; acknowledgements keep what they said.

-- The claim's diagnoses (HI, box 21), principal first; stored without the dot.
CREATE TABLE claim_diagnoses (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 12),
    code TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
);
INSERT INTO claim_diagnoses (claim_id, position, code)
SELECT c.id, x.position, x.code
FROM claims c JOIN encounter_diagnoses x ON x.encounter_id = c.encounter_id
WHERE x.position BETWEEN 1 AND 12;

-- The receiver's name beside its id, the total charge, and what the 999 said of the batch:
-- sent, accepted, partial (some sets rejected) or rejected.
ALTER TABLE batches ADD COLUMN receiver_name TEXT NOT NULL DEFAULT '';
ALTER TABLE batches ADD COLUMN total_charge_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE batches ADD COLUMN status TEXT NOT NULL DEFAULT 'sent'
    CHECK (status IN ('sent', 'accepted', 'partial', 'rejected'));
CREATE INDEX batch_claims_claim ON batch_claims(claim_id);
CREATE INDEX batches_group ON batches(group_control);

-- The counts and the sentence of each acknowledgement, and the hash of its content, so the
-- same file is not read twice.
ALTER TABLE acknowledgements ADD COLUMN accepted_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE acknowledgements ADD COLUMN rejected_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE acknowledgements ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE acknowledgements ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX acknowledgements_content ON acknowledgements(kind, content_hash)
    WHERE content_hash <> '';

CREATE INDEX claims_payer_claim_number ON claims(payer_claim_number);
CREATE INDEX claims_original ON claims(original_claim_id);
