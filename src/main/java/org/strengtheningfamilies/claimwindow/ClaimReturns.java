package org.strengtheningfamilies.claimwindow;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.strengtheningfamilies.csv.RecordCsv;


/**
 * Claim windows: gathering every approved, recorded and not yet submitted claim into one claim
 * return, the return's CSV for the department, and the coordinator's sign-off that marks its claims
 * submitted.
 */
class ClaimReturns {

    private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ClaimReturnRepository repository;
    private final String authority;
    private final LocalDate programmeStart;
    private final ZoneId zone;

    public ClaimReturns(ClaimReturnRepository repository, String authority, LocalDate programmeStart, ZoneId zone) {
        this.repository = repository;
        this.authority = authority;
        this.programmeStart = programmeStart;
        this.zone = zone;
    }

    /**
     * Closes the window ending on {@code windowEnd} (claims recorded up to the end of that day): a new
     * return with every claim no return holds yet, or nothing when there is no such claim.
     */
    public Optional<ClaimReturn> gather(LocalDate windowEnd, Instant now, String processInstanceId) {
        LocalDate windowStart = windowStart(repository.lastWindowEnd(), programmeStart, windowEnd);
        String reference = reference(windowEnd, repository.returnsEndingOn(windowEnd));
        repository.create(reference, windowStart, windowEnd, processInstanceId, now);
        int taken = repository.gather(reference, windowEnd.plusDays(1).atStartOfDay(zone).toInstant());
        if (taken == 0) {
            repository.deleteEmpty(reference);
            return Optional.empty();
        }
        return Optional.of(repository.total(reference));
    }

    /** The coordinator signs the return off: it is submitted, and so is each of its claims. */
    public ClaimReturn signOff(String reference, String signedOffBy, Instant at) {
        if (signedOffBy == null || signedOffBy.isBlank()) {
            throw new IllegalArgumentException("claim return " + reference + ": sign-off needs the user who signs it off");
        }
        ClaimReturn current = require(reference);
        if (!repository.markSubmitted(reference, signedOffBy, at)) {
            throw new IllegalStateException("claim return " + reference + " is not awaiting sign-off (it is "
                    + current.status() + (current.signedOffBy() == null ? "" : ", signed off by " + current.signedOffBy()) + ")");
        }
        return require(reference);
    }

    public Optional<ClaimReturn> find(String reference) {
        return repository.find(reference);
    }

    public java.util.List<ClaimReturn> latest(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500 (was " + limit + ")");
        }
        return repository.latest(limit);
    }

    /** The return as the department receives it: one line per claimed result. */
    public String csv(String reference) {
        require(reference);
        return RecordCsv.write(DepartmentLine.class, repository.lines(reference).stream()
                .map(line -> new DepartmentLine(authority, line.familyRef(), line.resultType().name(),
                        BigDecimal.valueOf(line.amountPence(), 2).toPlainString(),
                        line.attachmentDate() == null ? "" : line.attachmentDate().toString(), line.programmeYear()))
                .toList());
    }

    private ClaimReturn require(String reference) {
        return repository.find(reference)
                .orElseThrow(() -> new NoSuchElementException("no claim return " + reference));
    }

    /** The day after the previous window ended, or the programme's first day; never after the window's end. */
    static LocalDate windowStart(Optional<LocalDate> previousEnd, LocalDate programmeStart, LocalDate windowEnd) {
        LocalDate start = previousEnd.map(end -> end.plusDays(1)).orElse(programmeStart);
        return start.isAfter(windowEnd) ? windowEnd : start;
    }

    /** CR-yyyyMMdd-n: the window's last day and how many returns already ended on it. */
    static String reference(LocalDate windowEnd, int returnsEndingThatDay) {
        return "CR-" + windowEnd.format(REFERENCE_DATE) + "-" + (returnsEndingThatDay + 1);
    }

    /** Money for people: £1,234.50. */
    public static String pounds(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }
}
