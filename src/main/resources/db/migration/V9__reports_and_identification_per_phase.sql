-- Reports per programme phase (issue 13, docs/reports.md). The read model records the phase each case was
-- referred under, so that every report can count a case under its own phase, and what the later phases add:
--   sf_report_case.programme_phase  the case's phase (FamilyReferred); rows from before phases existed are 2012-15's
--   sf_report_case.assessed_on      the whole-family assessment's date (FamilyAssessed)
--   sf_report_case.sustain_started_on, sustain_checked_on, outcomes_sustained
--                                   the sustain period began (SustainPeriodStarted) and the sustain check's day
--                                   and answer (OutcomesSustained); a successful family outcome is turned_around_on
--   sf_report_need                  each need a later-phase family is judged on (NeedsIdentified: the latest list
--                                   counts), dated when first identified, with its outcome at verification
--                                   (OutcomesRecorded: ACHIEVED / NOT_ACHIEVED)
-- The characteristics' detail rows and monthly counts gain the phase too; the counts' key with it.
alter table sf_report_case add column programme_phase varchar(16) default 'TF_2012' not null;
alter table sf_report_case add column assessed_on date;
alter table sf_report_case add column sustain_started_on date;
alter table sf_report_case add column sustain_checked_on date;
alter table sf_report_case add column outcomes_sustained boolean;
-- a live case already knows its phase (V8)
update sf_report_case set programme_phase = (select l.programme_phase from sf_live_case l
        where l.process_instance_id = sf_report_case.process_instance_id)
    where exists (select 1 from sf_live_case l where l.process_instance_id = sf_report_case.process_instance_id);
create index sf_report_case_phase on sf_report_case (programme_phase, identified_on);

create table sf_report_need (
    process_instance_id varchar(64) not null references sf_report_case (process_instance_id),
    need                varchar(40) not null,
    programme_phase     varchar(16) not null,
    identified_on       date        not null,
    outcome             varchar(16),
    outcome_on          date,
    primary key (process_instance_id, need),
    constraint sf_report_need_outcome check (outcome is null or outcome in ('ACHIEVED', 'NOT_ACHIEVED'))
);
create index sf_report_need_phase on sf_report_need (programme_phase, need);

alter table sf_report_young_person add column programme_phase varchar(16) default 'TF_2012' not null;
alter table sf_report_presenting_issue add column programme_phase varchar(16) default 'TF_2012' not null;
update sf_report_young_person set programme_phase = (select c.programme_phase from sf_report_case c
        where c.process_instance_id = sf_report_young_person.process_instance_id);
update sf_report_presenting_issue set programme_phase = (select c.programme_phase from sf_report_case c
        where c.process_instance_id = sf_report_presenting_issue.process_instance_id);

-- the monthly counts keyed by phase as well (copied, as H2 and PostgreSQL name a primary key differently)
create table sf_report_characteristic_phase (
    month_start     date         not null,
    programme_phase varchar(16)  not null,
    characteristic  varchar(32)  not null,
    char_value      varchar(200) not null,
    people          bigint       not null,
    primary key (month_start, programme_phase, characteristic, char_value)
);
insert into sf_report_characteristic_phase (month_start, programme_phase, characteristic, char_value, people)
    select month_start, 'TF_2012', characteristic, char_value, people from sf_report_characteristic_month;
drop table sf_report_characteristic_month;
alter table sf_report_characteristic_phase rename to sf_report_characteristic_month;

-- Identification from agency data per phase (datamatching, docs/data-matching.md): each household's result
-- says the phase it was judged under and, for a later phase, the need codes the datasets showed (comma-
-- separated, in the phase's order). A household is referred by a run once per phase. Social care episodes
-- may be early help assessments (EARLY_HELP), which show 2015-20's "children who need help".
alter table sf_identification_result add column programme_phase varchar(16) default 'TF_2012' not null;
alter table sf_identification_result add column needs varchar(400);
alter table sf_data_social_care drop constraint sf_data_social_care_status;
alter table sf_data_social_care add constraint sf_data_social_care_status
    check (status in ('KNOWN', 'CHILD_IN_NEED', 'CHILD_PROTECTION', 'EARLY_HELP'));
