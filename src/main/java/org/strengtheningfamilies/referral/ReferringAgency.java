package org.strengtheningfamilies.referral;

/** Who put the household forward. DATA_MATCH is the agency-data identification run. */
public enum ReferringAgency {
    SCHOOL, POLICE, YOT, HOUSING, HEALTH, JOBCENTRE_PLUS, SOCIAL_CARE, CFP, VOLUNTARY, OTHER, DATA_MATCH
}
