package org.strengtheningfamilies.partnerapi;

import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import org.strengtheningfamilies.kernel.ProcessVariable;

/** The variables of partner-status-callback (docs/variables.md): what changed, and for which account. */
final class CallbackVariables {

    static final String PROCESS_KEY = "partner-status-callback";

    static final ProcessVariable<String> PARTNER_ACCOUNT = string("partnerAccount");
    static final ProcessVariable<String> FAMILY_REF = string("familyRef").labelled("Family reference");
    static final ProcessVariable<String> REFERRAL_STATUS = string("referralStatus");
    static final ProcessVariable<String> STATUS_CHANGED_AT = string("statusChangedAt");

    private CallbackVariables() {
    }
}
