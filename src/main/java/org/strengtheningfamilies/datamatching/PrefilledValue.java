package org.strengtheningfamilies.datamatching;

/**
 * One evidence variable as pre-filled from agency data (an element of {@code evidencePrefill}):
 * the value the key worker was shown, to compare with what they submit.
 */
public record PrefilledValue(String variable, Object value) {
}
