-- The partner referral API (issue 16, package partnerapi).
--   sf_partner_account   per partner-systems account, set by the administrator: the status callback's URL
--                        and shared secret, and the account's request rate (null: sf.partner-api default)
--   sf_idempotency_key   each Idempotency-Key a caller sent with POST /api/referrals, the request it came
--                        with (SHA-256 of the body) and the first answer; written in the transaction that
--                        starts the case, so the primary key makes concurrent retries wait for, then
--                        replay, the first (on any node)
--   sf_referral_notice   the last status announced to a referral's callback, so a step that does not change
--                        what the partner sees (a second allocation after a step-up) sends nothing
create table sf_partner_account (
    user_id             varchar(64)   not null primary key,
    callback_url        varchar(2000),
    callback_secret     varchar(200),
    requests_per_minute integer,
    updated_at          timestamp     not null,
    updated_by          varchar(64),
    constraint sf_partner_account_rate_positive check (requests_per_minute is null or requests_per_minute > 0)
);

create table sf_idempotency_key (
    user_id         varchar(64)   not null,
    idempotency_key varchar(255)  not null,
    request_hash    varchar(64)   not null,
    response_status integer       not null,
    response_body   varchar(4000) not null,
    location        varchar(300),
    created_at      timestamp     not null,
    primary key (user_id, idempotency_key)
);
create index sf_idempotency_key_created on sf_idempotency_key (created_at);

create table sf_referral_notice (
    process_instance_id varchar(64) not null primary key,
    family_ref          varchar(32) not null,
    user_id             varchar(64) not null,
    status              varchar(40) not null,
    changed_at          timestamp   not null
);
