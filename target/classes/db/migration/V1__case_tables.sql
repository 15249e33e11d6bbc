-- The programme's own records, beside the engine's tables in the same database.

-- One row per live case: the database refuses a second live case for the same family.
create table sf_live_case (
    family_ref              varchar(32)  not null primary key,
    process_instance_id     varchar(64)  not null,
    lead_service            varchar(8),
    key_worker              varchar(64),
    awaiting_capacity_since timestamp,
    referred_at             timestamp    not null
);
create index sf_live_case_key_worker on sf_live_case (key_worker);
create index sf_live_case_awaiting on sf_live_case (lead_service, awaiting_capacity_since);

-- The places each key worker holds; allocation increments under a row lock.
create table sf_key_worker (
    user_id       varchar(64) not null primary key,
    live_families integer     not null default 0,
    constraint sf_key_worker_load_not_negative check (live_families >= 0)
);

-- Payment-by-results claims, from calculation through audit to the recorded claim.
create table sf_claim (
    claim_id            varchar(64)   not null primary key,
    family_ref          varchar(32)   not null,
    process_instance_id varchar(64)   not null,
    programme_year      integer       not null,
    amount_pence        bigint        not null,
    status              varchar(16)   not null,
    claim_reference     varchar(64)   unique,
    audit_reason        varchar(4000),
    audited_by          varchar(64),
    created_at          timestamp     not null,
    audited_at          timestamp,
    recorded_at         timestamp,
    constraint sf_claim_amount_positive check (amount_pence > 0)
);
create index sf_claim_family on sf_claim (family_ref);
create index sf_claim_status on sf_claim (status);

create table sf_claim_line (
    claim_id     varchar(64) not null references sf_claim (claim_id),
    result_type  varchar(32) not null,
    amount_pence bigint      not null,
    primary key (claim_id, result_type)
);

-- A result is paid once per family: the primary key makes a second recording fail.
create table sf_claimed_result (
    family_ref   varchar(32) not null,
    result_type  varchar(32) not null,
    claim_id     varchar(64) not null references sf_claim (claim_id),
    amount_pence bigint      not null,
    primary key (family_ref, result_type)
);
