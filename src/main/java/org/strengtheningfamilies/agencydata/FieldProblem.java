package org.strengtheningfamilies.agencydata;

/** Why one value of one row cannot be stored; the row is then rejected with this reason. */
final class FieldProblem extends RuntimeException {

    FieldProblem(String reason) {
        super(reason, null, false, false); // thousands per bad file: no stack traces
    }
}
