-- Claim returns (claim windows, process pbr-claim-window): each quarter the approved and recorded
-- claims not yet submitted are gathered into one return, which the coordinator signs off before it
-- goes to the department. sf_claim.claim_return_reference (V5_1) names the return a claim is in: one
-- column, so a claim is in at most one return; the gathering UPDATE only takes claims whose column is
-- still null, and the foreign key keeps the column pointing at a return that exists.
-- V5_1 named its index of sf_claim.claim_return_reference "sf_claim_return"; PostgreSQL keeps tables
-- and indexes in one namespace, so the index takes another name before the table is created.
alter index if exists sf_claim_return rename to sf_claim_by_return;

create table sf_claim_return (
    reference           varchar(64)  not null primary key,
    window_from         date         not null,
    window_to           date         not null,
    process_instance_id varchar(64),
    created_at          timestamp    not null,
    status              varchar(24)  not null,
    claims              integer      not null default 0,
    results             integer      not null default 0,
    total_pence         bigint       not null default 0,
    signed_off_by       varchar(64),
    signed_off_at       timestamp,
    constraint sf_claim_return_status check (status in ('AWAITING_SIGN_OFF', 'SUBMITTED')),
    constraint sf_claim_return_window check (window_from <= window_to),
    constraint sf_claim_return_signed check (status <> 'SUBMITTED' or (signed_off_by is not null and signed_off_at is not null))
);
create index sf_claim_return_window_to on sf_claim_return (window_to);

alter table sf_claim add constraint sf_claim_in_return foreign key (claim_return_reference)
    references sf_claim_return (reference);
