-- Programme phases (issue 13, docs/programmes.md). Each case keeps the phase it was referred under; the
-- claims carry it too, so that a claim is paid once per family within its phase. Rows from before
-- phases existed are 2012-15's.
--   sf_live_case.programme_phase  the case's phase, as recorded at referral: a task cannot change it
--   sf_claim.programme_phase      the phase the claim is made under (its programme year is that phase's)
--   sf_phase_claim                a later phase's one results claim per family: the primary key refuses a
--                                 second recorded claim for the same family in the same phase (2012-15's
--                                 results keep sf_claimed_result)
alter table sf_live_case add column programme_phase varchar(16) default 'TF_2012' not null;
alter table sf_claim add column programme_phase varchar(16) default 'TF_2012' not null;

create table sf_phase_claim (
    family_ref      varchar(32) not null,
    programme_phase varchar(16) not null,
    claim_id        varchar(64) not null references sf_claim (claim_id),
    primary key (family_ref, programme_phase)
);
