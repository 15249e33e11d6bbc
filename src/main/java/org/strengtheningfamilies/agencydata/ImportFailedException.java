package org.strengtheningfamilies.agencydata;

/** An import that stored nothing because its file is wrong as a whole; recorded as FAILED. */
public class ImportFailedException extends RuntimeException {

    private final long importId;
    private final String dataset;
    private final ImportFileException problem;

    ImportFailedException(long importId, String dataset, ImportFileException problem) {
        super(problem.getMessage(), problem);
        this.importId = importId;
        this.dataset = dataset;
        this.problem = problem;
    }

    public long importId() {
        return importId;
    }

    public String dataset() {
        return dataset;
    }

    public ImportFileException problem() {
        return problem;
    }
}
