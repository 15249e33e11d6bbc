package org.strengtheningfamilies.support;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.date;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.time.LocalDate;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * Consent, the attachment date and the months of intensive support: reviews, step-up, disengagement, further support.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class SupportVariables {

    private SupportVariables() {
    }

    public static final ProcessVariable<Boolean> CONSENT_GIVEN = bool("consentGiven").labelled("The family agrees to take part");
    public static final ProcessVariable<String> CONSENT_NOTES = string("consentNotes").labelled("How consent was sought and the family's answer");
    public static final ProcessVariable<LocalDate> ATTACHMENT_DATE = date("attachmentDate").labelled("Attachment date");
    public static final ProcessVariable<LocalDate> SUPPORT_END_DATE = date("supportEndDate").labelled("Support ends");
    public static final ProcessVariable<Integer> SUPPORT_PERIODS = integer("supportPeriods");
    public static final ProcessVariable<SupportAction> SUPPORT_ACTION = enumeration("supportAction", SupportAction.class).labelled("What do you need to do?");
    public static final ProcessVariable<String> SUPPORT_ACTION_REASON = string("supportActionReason").labelled("Reason");
    public static final ProcessVariable<ReviewEngagement> REVIEW_ENGAGEMENT = enumeration("reviewEngagement", ReviewEngagement.class).labelled("Family engagement this month");
    public static final ProcessVariable<String> REVIEW_PROGRESS = string("reviewProgress").labelled("Progress of each plan action");
    public static final ProcessVariable<String> REVIEW_CONCERNS = string("reviewConcerns").labelled("Concerns");
    public static final ProcessVariable<DisengagementDecision> DISENGAGEMENT_DECISION = enumeration("disengagementDecision", DisengagementDecision.class).labelled("Decision");
    public static final ProcessVariable<String> DISENGAGEMENT_NOTES = string("disengagementNotes").labelled("Notes");
    public static final ProcessVariable<FurtherSupportDecision> FURTHER_SUPPORT_DECISION = enumeration("furtherSupportDecision", FurtherSupportDecision.class).labelled("Decision");
    public static final ProcessVariable<String> FURTHER_SUPPORT_NOTES = string("furtherSupportNotes").labelled("Notes");
}
