package org.strengtheningfamilies.datamatching;

import java.time.Instant;

/** Where the key workers' corrections of pre-filled evidence are kept (sf_evidence_correction). */
public interface EvidenceCorrections {

    record Correction(String familyRef, String processInstanceId, String variable, String prefilledValue,
                      String submittedValue, String correctedBy, Instant correctedAt, String reason) {
    }

    void record(Correction correction);
}
