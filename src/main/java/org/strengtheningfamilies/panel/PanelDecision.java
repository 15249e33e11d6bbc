package org.strengtheningfamilies.panel;

/** The multi-agency panel's answer to a referral. */
public enum PanelDecision { ACCEPT, REJECT, MORE_INFO }
