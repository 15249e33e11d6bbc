-- The attachment date decides the programme year and so the money: recorded once, here, when the
-- plan is signed, so that a later form cannot move it.
alter table sf_live_case add column attachment_date date;
