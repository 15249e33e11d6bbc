package org.strengtheningfamilies.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.strengtheningfamilies.allocation.CapacityNotifier;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.familycase.AllocateKeyWorkerDelegate;
import org.strengtheningfamilies.familycase.AssessCriteriaDelegate;
import org.strengtheningfamilies.familycase.AssessOutcomesDelegate;
import org.strengtheningfamilies.familycase.CalculateClaimDelegate;
import org.strengtheningfamilies.familycase.CaseClosureListener;
import org.strengtheningfamilies.familycase.CaseDataValidation;
import org.strengtheningfamilies.familycase.ClaimAuditListener;
import org.strengtheningfamilies.familycase.PanelAcceptedListener;
import org.strengtheningfamilies.familycase.RecordAttachmentDelegate;
import org.strengtheningfamilies.familycase.RecordClaimDelegate;
import org.strengtheningfamilies.familycase.ReferralStartListener;
import org.strengtheningfamilies.familycase.StartFurtherSupportDelegate;
import org.strengtheningfamilies.familycase.StepUpDelegate;
import org.strengtheningfamilies.familyplan.FamilyPlanRule;
import org.strengtheningfamilies.familyplan.TafMeetingRule;
import org.strengtheningfamilies.identification.IdentificationCriteria;
import org.strengtheningfamilies.outcomes.EvidenceRule;
import org.strengtheningfamilies.outcomes.OutcomeRules;
import org.strengtheningfamilies.panel.PanelValidationRule;
import org.strengtheningfamilies.payment.AuditClaimRule;
import org.strengtheningfamilies.payment.ClaimCalculator;
import org.strengtheningfamilies.payment.PaymentModel;
import org.strengtheningfamilies.payment.ProgrammeCalendar;
import org.strengtheningfamilies.readmodel.CaseReadModel;
import org.strengtheningfamilies.referral.MoreInformationRule;
import org.strengtheningfamilies.referral.ReferralRules;
import org.strengtheningfamilies.support.ConsentRule;
import org.strengtheningfamilies.support.SupportSchedule;

/**
 * The delegates of family-case wired as the application wires them, but over in-memory
 * repositories and a fixed clock, registered by bean name for the process tests' engine.
 */
public class FamilyCaseBeans {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** "Today" in the process tests: inside programme year 2. */
    public static final LocalDate TODAY = LocalDate.of(2013, 9, 30);

    public final InMemoryCaseload caseload = new InMemoryCaseload();
    public final InMemoryClaims claims = new InMemoryClaims();
    public final InMemoryReadModel readModel = new InMemoryReadModel();
    public final CaseReadModel caseReadModel;
    public final Map<String, List<String>> teams = new HashMap<>();
    /** The business clock, as the application's; the process tests set the engine's clock to {@link #TODAY}. */
    public final Clock clock = new org.strengtheningfamilies.kernel.BusinessClock(ZONE);
    public final ProgrammeCalendar calendar = new ProgrammeCalendar(LocalDate.of(2012, 4, 1), 3);
    /** Agency-data evidence by familyRef (families "found by data matching"), and the corrections kept. */
    public final Map<String, org.strengtheningfamilies.datamatching.DataEvidence> agencyEvidence = new HashMap<>();
    public final List<org.strengtheningfamilies.datamatching.EvidenceCorrections.Correction> evidenceCorrections =
            new ArrayList<>();

    public FamilyCaseBeans(org.camunda.bpm.engine.AuthorizationService authorizations) {
        this(5, PaymentModel.REPORT, authorizations);
    }

    public FamilyCaseBeans(int cap, PaymentModel model, org.camunda.bpm.engine.AuthorizationService authorizations) {
        org.strengtheningfamilies.security.KeyWorkerAccess access =
                new org.strengtheningfamilies.security.KeyWorkerAccess(authorizations);
        teams.put("team-cfp", new ArrayList<>(List.of("kw-cfp-1", "kw-cfp-2", "kw-cfp-3")));
        teams.put("team-csc", new ArrayList<>(List.of("kw-csc-1")));
        teams.put("team-yot", new ArrayList<>(List.of("kw-yot-1")));
        teams.put("team-nep", new ArrayList<>(List.of("kw-nep-1")));
        teams.put("team-fip", new ArrayList<>(List.of("kw-fip-1")));

        ReferralRules referralRules = new ReferralRules("^[A-Z]{2,5}-[0-9]{3,8}$", calendar, clock);
        KeyWorkerAllocation allocation = new KeyWorkerAllocation(caseload,
                team -> List.copyOf(teams.getOrDefault(team, List.of())), cap);
        CapacityNotifier notifier = new CapacityNotifier(caseload);
        SupportSchedule schedule = new SupportSchedule(Period.ofMonths(6), "P1M", ZONE);
        org.strengtheningfamilies.familycase.TaskDataRules rules = new org.strengtheningfamilies.familycase.TaskDataRules(
                new PanelValidationRule(), new MoreInformationRule(referralRules), new ConsentRule(),
                new TafMeetingRule(clock), new FamilyPlanRule(calendar, clock), new EvidenceRule(), new AuditClaimRule());

        caseReadModel = new CaseReadModel(readModel, calendar, clock);
        Mocks.register("caseReadModel", caseReadModel);
        Mocks.register("panelAcceptedListener", new PanelAcceptedListener(caseReadModel));
        Mocks.register("referralStartListener", new ReferralStartListener(referralRules, caseload, caseReadModel));
        Mocks.register("assessCriteriaDelegate", new AssessCriteriaDelegate(new IdentificationCriteria(
                List.of("localDomesticAbuse", "localPoliceCallouts", "localSubstanceMisuse", "localHousing"))));
        Mocks.register("caseDataValidation", new CaseDataValidation(rules, caseload));
        Mocks.register("freshDecisions", new org.strengtheningfamilies.familycase.FreshDecisions());
        Mocks.register("allocateKeyWorkerDelegate", new AllocateKeyWorkerDelegate(allocation, access, caseReadModel));
        Mocks.register("recordAttachmentDelegate", new RecordAttachmentDelegate(schedule, calendar, caseload, caseReadModel));
        Mocks.register("supportSchedule", schedule);
        Mocks.register("stepUpDelegate", new StepUpDelegate(allocation, notifier, access, caseReadModel));
        Mocks.register("startFurtherSupportDelegate", new StartFurtherSupportDelegate(schedule, clock));
        Mocks.register("assessOutcomesDelegate", new AssessOutcomesDelegate(new OutcomeRules(13), caseReadModel));
        Mocks.register("calculateClaimDelegate", new CalculateClaimDelegate(
                new ClaimCalculator(400_000, model), calendar, claims));
        Mocks.register("claimAuditListener", new ClaimAuditListener(claims));
        Mocks.register("separationOfDuties", new org.strengtheningfamilies.familycase.SeparationOfDuties());
        Mocks.register("recordClaimDelegate", new RecordClaimDelegate(claims, caseReadModel));
        Mocks.register("caseClosureListener", new CaseClosureListener(caseload, notifier, access, caseReadModel));
        // pbr-claim-window (deployed with the other models) reads its timer cycle when it is deployed
        Mocks.register("claimWindowSchedule", new org.strengtheningfamilies.claimwindow.ClaimWindowSchedule(
                org.strengtheningfamilies.claimwindow.ClaimWindowSchedule.QUARTERLY));

        // termly-data-matching deploys with the models; its start timer reads the schedule at deployment
        Mocks.register("evidencePrefillListener", new org.strengtheningfamilies.familycase.EvidencePrefillListener(
                new org.strengtheningfamilies.datamatching.EvidencePrefill(
                        (familyRef, attachment, asAt) -> java.util.Optional.ofNullable(agencyEvidence.get(familyRef)),
                        evidenceCorrections::add, clock)));
        Mocks.register("runSchedule", new org.strengtheningfamilies.datamatching.RunSchedule("0 0 6 1 1,4,9 ?", "P14D"));
    }

    public void reset() {
        Mocks.reset();
    }
}
