package org.strengtheningfamilies.casefile;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The evidence pack as a PDF (OpenPDF): a section per claim, each starting on its own page. */
class EvidencePackPdf {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Map<String, String> PHASES = Map.of("TF_2012", "Troubled Families 2012-15",
            "TF_2015", "Troubled Families 2015-20", "SF_2022", "Supporting Families 2022-25",
            "OUTCOMES_ONLY", "Outcomes only (no payment by results)");

    private final ZoneId zone;

    EvidencePackPdf(ZoneId zone) {
        this.zone = zone;
    }

    byte[] render(String title, List<EvidencePack.ClaimPack> packs, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Strengthening Families");
        document.open();
        boolean first = true;
        for (EvidencePack.ClaimPack pack : packs) {
            if (!first) {
                document.newPage();
            }
            first = false;
            section(document, pack, printedAt);
        }
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, EvidencePack.ClaimPack pack, Instant printedAt) {
        CaseRecords.Claim claim = pack.claim();
        document.add(new Paragraph("Evidence pack: " + pack.familyRef(), TITLE));
        document.add(new Paragraph("Claim " + (claim.reference() != null ? claim.reference() : claim.claimId() + " (not yet recorded)")
                + ", printed " + time(printedAt) + ". Official: sensitive personal data.", BODY));

        heading(document, "The family's case");
        document.add(table(
                "Family reference", pack.familyRef(),
                "Programme phase", pack.phase() + " (" + PHASES.getOrDefault(pack.phase(), pack.phase()) + ")",
                "Programme year", pack.programmeYear() == null ? "" : String.valueOf(pack.programmeYear()),
                "Attachment date", date(pack.attachmentDate()),
                "Lead service", orBlank(pack.leadService()),
                "Key worker", orBlank(pack.keyWorker())));

        heading(document, "The claim");
        PdfPTable claimTable = table(
                "Claim reference", claim.reference() == null ? "not yet recorded (claim " + claim.claimId() + ")" : claim.reference(),
                "Amount", pounds(claim.amountPence()),
                "Status", claim.status(),
                "Calculated", time(claim.createdAt()),
                "Recorded", time(claim.recordedAt()));
        for (Map.Entry<String, Long> line : claim.linesPence().entrySet()) {
            row(claimTable, "Result claimed: " + Chronology.words(line.getKey()), pounds(line.getValue()));
        }
        document.add(claimTable);

        heading(document, "Audit decision");
        document.add(claim.auditedAt() == null ? new Paragraph("Not yet audited.", BODY) : table(
                "Decision", claim.status(),
                "Reason", claim.auditReason() == null ? "(none given)" : claim.auditReason(),
                "Audited by", orBlank(claim.auditedBy()),
                "Audited", time(claim.auditedAt())));

        heading(document, "Claim return");
        document.add(claim.claimReturn() == null ? new Paragraph("Not yet in a claim return.", BODY) : table(
                "Claim return", claim.claimReturn(),
                "Submitted", time(claim.submittedAt()),
                "Signed off by", orBlank(claim.returnSignedOffBy()),
                "Signed off", time(claim.returnSignedOffAt())));

        heading(document, "Results and the evidence behind them");
        if (pack.results().isEmpty()) {
            document.add(new Paragraph("No results recorded.", BODY));
        } else {
            PdfPTable results = new PdfPTable(new float[] {3, 2, 6});
            results.setWidthPercentage(100);
            header(results, "Result", "Recorded", "Evidence");
            for (EvidencePack.Result result : pack.results()) {
                results.addCell(cell(Chronology.label(result.variable()), BODY));
                results.addCell(cell(result.value(), BODY));
                results.addCell(cell(result.evidence().isEmpty() ? "see the evidence below" : String.join("\n",
                        result.evidence().stream().map(v -> Chronology.label(v.variable()) + ": " + v.value()).toList()), BODY));
            }
            document.add(results);
        }

        heading(document, "Evidence as verified");
        document.add(new Paragraph("Verified by " + orBlank(pack.verifiedBy()) + " on " + time(pack.verifiedAt()) + ".", BODY));
        PdfPTable evidence = new PdfPTable(new float[] {3, 8});
        evidence.setWidthPercentage(100);
        header(evidence, "Evidence", "Value");
        for (EvidencePack.Value value : pack.evidence()) {
            evidence.addCell(cell(Chronology.label(value.variable()), BODY));
            evidence.addCell(cell(value.value(), BODY));
        }
        document.add(evidence);

        heading(document, "Pre-filled from agency data");
        if (pack.prefilled().isEmpty()) {
            document.add(new Paragraph("Nothing was pre-filled: the evidence was entered by the key worker.", BODY));
        } else {
            PdfPTable prefilled = new PdfPTable(new float[] {3, 8});
            prefilled.setWidthPercentage(100);
            header(prefilled, "Evidence", "Value from the data");
            for (EvidencePack.Value value : pack.prefilled()) {
                prefilled.addCell(cell(Chronology.label(value.variable()), BODY));
                prefilled.addCell(cell(value.value(), BODY));
            }
            document.add(prefilled);
        }

        heading(document, "Corrections of pre-filled values");
        if (pack.corrections().isEmpty()) {
            document.add(new Paragraph("None.", BODY));
        } else {
            PdfPTable corrections = new PdfPTable(new float[] {3, 2, 2, 2, 2, 4});
            corrections.setWidthPercentage(100);
            header(corrections, "Evidence", "Pre-filled", "Corrected to", "By", "When", "Why");
            for (CaseRecords.Correction c : pack.corrections()) {
                for (String text : List.of(Chronology.label(c.variable()), orBlank(c.prefilledValue()),
                        orBlank(c.submittedValue()), orBlank(c.correctedBy()), time(c.correctedAt()), c.reason())) {
                    corrections.addCell(cell(text, BODY));
                }
            }
            document.add(corrections);
        }
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {3, 8});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            row(table, labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL));
        table.addCell(cell(value, BODY));
    }

    private static void header(PdfPTable table, String... names) {
        for (String name : names) {
            table.addCell(cell(name, LABEL));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static String pounds(long pence) {
        return "£" + String.format("%,.2f", BigDecimal.valueOf(pence, 2));
    }

    private String time(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(UK_TIME);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(UK_DATE);
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }
}
