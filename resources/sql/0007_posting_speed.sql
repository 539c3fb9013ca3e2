-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: posting a large ERA fast (DESIGN.md §8: 33,000 claims in 1.5 s). Nothing here
-- changes what may be stored; only how much each written row costs.
--
-- 1. The same CHECK constraints, spelt so that SQLite checks them cheaply. SQLite 3.40 codes
--    `x IN ('a', 'b', 'c', …)` inside a CHECK constraint as a temporary b-tree that it fills
--    with the list again for every row written (for three values or more), which cost about a
--    third of each ledger row and of each claim's state change. `x = 'a' OR x = 'b' OR …` is
--    the same constraint (NULL passes both, as before; the columns are NOT NULL anyway) and
--    costs a few comparisons. Only the tables a posting writes are respelt: the ledger's kind,
--    the claim's state, the denial's state and the payer answer's resolution. Measured with
--    bench_posting: about 300 ms of CPU of ~2.4 s (ledger ~170 ms, denials, answers and
--    claim updates ~50 ms each), more than any other single change tried.
--
--    The text of the constraint is replaced in the schema in place, as SQLite documents for
--    changes that leave the stored rows valid ("ALTER TABLE", section 7, simpler procedure): no
--    table is copied and no row changes, which matters for the append-only ledger. Each
--    UPDATE replaces the whole constraint or nothing (the text is matched with LF and with CRLF
--    line ends); a database whose text differs keeps its IN list, which is slower, not wrong.
--    "writable_schema = RESET" turns schema writing off again and reloads the schema on this
--    connection; the index change in part 2 bumps the schema cookie so other connections reload
--    theirs too. This is SQLite-only by nature: another engine gets its own DDL.
--    tst_Migrator::version7* checks rows, constraints and a text that does not match.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (kind IN (''charge'', ''payment'', ''adjustment'', ''patient_responsibility'','
        || char(10) || '        ''patient_payment'', ''write_off'', ''transfer'', ''provider_adjustment''))',
    'CHECK (kind = ''charge'' OR kind = ''payment'' OR kind = ''adjustment'''
        || ' OR kind = ''patient_responsibility'' OR kind = ''patient_payment'''
        || ' OR kind = ''write_off'' OR kind = ''transfer'' OR kind = ''provider_adjustment'')'),
    'CHECK (kind IN (''charge'', ''payment'', ''adjustment'', ''patient_responsibility'','
        || char(13) || char(10) || '        ''patient_payment'', ''write_off'', ''transfer'', ''provider_adjustment''))',
    'CHECK (kind = ''charge'' OR kind = ''payment'' OR kind = ''adjustment'''
        || ' OR kind = ''patient_responsibility'' OR kind = ''patient_payment'''
        || ' OR kind = ''write_off'' OR kind = ''transfer'' OR kind = ''provider_adjustment'')')
WHERE type = 'table' AND name = 'postings';

UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (state IN (''draft'', ''scrubbed'', ''submitted'','
        || char(10) || '        ''accepted'', ''rejected'', ''adjudicated'', ''paid'', ''denied'', ''partially_paid'', ''closed''))',
    'CHECK (state = ''draft'' OR state = ''scrubbed'' OR state = ''submitted'''
        || ' OR state = ''accepted'' OR state = ''rejected'' OR state = ''adjudicated'''
        || ' OR state = ''paid'' OR state = ''denied'' OR state = ''partially_paid'''
        || ' OR state = ''closed'')'),
    'CHECK (state IN (''draft'', ''scrubbed'', ''submitted'','
        || char(13) || char(10) || '        ''accepted'', ''rejected'', ''adjudicated'', ''paid'', ''denied'', ''partially_paid'', ''closed''))',
    'CHECK (state = ''draft'' OR state = ''scrubbed'' OR state = ''submitted'''
        || ' OR state = ''accepted'' OR state = ''rejected'' OR state = ''adjudicated'''
        || ' OR state = ''paid'' OR state = ''denied'' OR state = ''partially_paid'''
        || ' OR state = ''closed'')')
WHERE type = 'table' AND name = 'claims';

UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (state IN (''open'', ''resubmitted'', ''appealed'','
        || char(10) || '        ''written_off'', ''transferred'', ''closed''))',
    'CHECK (state = ''open'' OR state = ''resubmitted'' OR state = ''appealed'''
        || ' OR state = ''written_off'' OR state = ''transferred'' OR state = ''closed'')'),
    'CHECK (state IN (''open'', ''resubmitted'', ''appealed'','
        || char(13) || char(10) || '        ''written_off'', ''transferred'', ''closed''))',
    'CHECK (state = ''open'' OR state = ''resubmitted'' OR state = ''appealed'''
        || ' OR state = ''written_off'' OR state = ''transferred'' OR state = ''closed'')')
WHERE type = 'table' AND name = 'denials';

UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (resolution IN (''posted'', ''unmatched'','
        || char(10) || '        ''matched'', ''dismissed''))',
    'CHECK (resolution = ''posted'' OR resolution = ''unmatched'''
        || ' OR resolution = ''matched'' OR resolution = ''dismissed'')'),
    'CHECK (resolution IN (''posted'', ''unmatched'','
        || char(13) || char(10) || '        ''matched'', ''dismissed''))',
    'CHECK (resolution = ''posted'' OR resolution = ''unmatched'''
        || ' OR resolution = ''matched'' OR resolution = ''dismissed'')')
WHERE type = 'table' AND name = 'remittance_claims';

PRAGMA writable_schema = RESET;

-- 2. Only reversals have reverses_id, and the index is only read for "is this row reversed"
--    (r.reverses_id = p.id, which SQLite knows implies NOT NULL): a partial index leaves the
--    other rows, nearly all of the ledger, out of it.
DROP INDEX postings_reverses;
CREATE INDEX postings_reverses ON postings(reverses_id) WHERE reverses_id IS NOT NULL;
