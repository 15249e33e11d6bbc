-- Appendix 2 at national scale: the characteristics of identified young people (and the families'
-- presenting issues) counted per month of identification, kept up to date by the read model as
-- families are identified. A report as at a date adds the months before its month to a scan of the
-- days of its own month in sf_report_young_person / sf_report_presenting_issue.
-- characteristic: people (value ''), gender, identification_route, known_to_social_care,
-- school_year, sen, free_school_meals, ethnicity, district, presenting_issue; value '' = not recorded.
create table sf_report_characteristic_month (
    month_start    date         not null,
    characteristic varchar(32)  not null,
    char_value     varchar(200) not null,
    people         bigint       not null,
    primary key (month_start, characteristic, char_value)
);
