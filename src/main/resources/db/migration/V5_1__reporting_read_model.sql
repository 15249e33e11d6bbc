-- Reporting read model (issue 5). Written by the case's own hooks (readmodel/CaseReadModel) in the
-- engine's transaction, so every report is a query over these tables, never over engine history.
--   sf_report_case            one row per case (process instance): the business date of each step
--                             (referred, identified = panel ACCEPT or retrospective referral, allocated,
--                             attached, turned around, claimed, closed), the lead service and need level
--                             (with the one before a step-up, so a report as at an earlier date sees it)
--   sf_report_young_person    the children of an identified family as at identification (Appendix 2),
--                             with the family's identification date, route and district copied in so
--                             that each characteristic is one scan of one table
--   sf_report_presenting_issue the family's presenting issues as at identification, likewise dated
--   sf_demo_seed              marks a demo data set as loaded, so it is loaded once
-- sf_claim gains the claim return a claim was submitted in (claim windows, pbr-claim-window).
create table sf_report_case (
    process_instance_id   varchar(64)  not null primary key,
    family_ref            varchar(32)  not null,
    referred_on           date         not null,
    retrospective         boolean      not null,
    district              varchar(100),
    identified_on         date,
    identification_route  varchar(16),
    lead_service          varchar(8),
    need_level            integer,
    lead_service_since    date,
    previous_lead_service varchar(8),
    previous_need_level   integer,
    allocated_on          date,
    attached_on           date,
    programme_year        integer,
    turned_around_on      date,
    claimed_on            date,
    closed_on             date,
    case_outcome          varchar(32)
);
create index sf_report_case_family on sf_report_case (family_ref);
create index sf_report_case_identified on sf_report_case (identified_on, lead_service);
create index sf_report_case_attached on sf_report_case (attached_on);

create table sf_report_young_person (
    process_instance_id  varchar(64) not null references sf_report_case (process_instance_id),
    person_no            integer     not null,
    identified_on        date        not null,
    identification_route varchar(16),
    district             varchar(100),
    gender               varchar(8),
    school_year          integer,
    sen                  varchar(24),
    free_school_meals    boolean,
    ethnicity            varchar(2),
    known_to_social_care boolean,
    primary key (process_instance_id, person_no)
);

create table sf_report_presenting_issue (
    process_instance_id varchar(64)  not null references sf_report_case (process_instance_id),
    issue               varchar(200) not null,
    identified_on       date         not null,
    primary key (process_instance_id, issue)
);
create index sf_report_young_person_identified on sf_report_young_person (identified_on);
create index sf_report_presenting_issue_identified on sf_report_presenting_issue (identified_on);

create table sf_demo_seed (
    name      varchar(64) not null primary key,
    seeded_at timestamp   not null
);

alter table sf_claim add column claim_return_reference varchar(64);
alter table sf_claim add column submitted_at timestamp;
create index sf_claim_return on sf_claim (claim_return_reference);
