package org.strengtheningfamilies.audittrail;

import java.util.Date;

/** One change to one of a family's variables: what, who, when and at which step; never the value. */
record CaseChange(String variable, String changedBy, Date changedAt, String step, String processInstanceId) {
}
