#!/usr/bin/env python3
"""Lays out processes/family-case.bpmn: lanes by role, the main path in two rows.

Run from the project root:  python3 docs/diagram-layout/family_case_layout.py
It rewrites only the drawing of the main process (the collaboration's plane: participant, lanes,
shapes, flows) and each lane's flowNodeRefs; the model itself and the intensive-support
sub-process's own page are left as they are. docs/diagram-layout/README.md gives the rules.

To place a new element: add it to PLACES (lane, row, column) and, if its flows need a route the
simple rules below do not give, to ROUTES. Every flow node of the process must have a place.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MODEL = Path("processes/family-case.bpmn")
BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"

# lanes from top to bottom: id, name, the row centres (y from the lane's top) and the lane's height
LANES = [
    ("Lane_Referrer", "Referrer", [50, 135], 180),
    ("Lane_Panel", "Multi-agency panel", [50, 128], 170),
    ("Lane_KeyWorker", "Key worker", [55, 205, 345], 400),
    ("Lane_Coordinator", "Coordinator", [50, 150, 250], 300),
    ("Lane_Audit", "Internal audit", [55], 115),
]
PARTICIPANT_X, LANE_X, LABEL_BAND = 20, 50, 30
COLUMN, FIRST = 68, 120          # column c is centred at FIRST + c * COLUMN

# element: (lane, row, column). Row A runs from the referral to the plan (top rows), row B from
# the attachment to the claim (the key worker's second row and the audit lane), like a line of text.
PLACES = {
    "StartEvent_Referral": ("Lane_Referrer", 0, 0),
    "Gateway_Retrospective": ("Lane_Referrer", 0, 1),
    "Gateway_ToAssessment": ("Lane_Referrer", 0, 2),
    "Task_AssessCriteria": ("Lane_Referrer", 0, 3.5),
    "Task_DecideRoute": ("Lane_Referrer", 0, 5.3),
    "Gateway_Eligible": ("Lane_Referrer", 0, 6.8),
    "EndEvent_Signposted": ("Lane_Referrer", 0, 8.6),
    "Task_ProvideMoreInformation": ("Lane_Referrer", 1, 8.5),
    "Task_PanelValidation": ("Lane_Panel", 0, 8.3),
    "Gateway_PanelDecision": ("Lane_Panel", 0, 10),
    "EndEvent_RejectedByPanel": ("Lane_Panel", 1, 10),
    "Gateway_LeadService": ("Lane_Panel", 0, 14.6),
    "EndEvent_NoFurtherAction": ("Lane_Panel", 0, 15.8),
    "Gateway_ToAllocation": ("Lane_Coordinator", 0, 14.6),
    "Task_AllocateKeyWorker": ("Lane_Coordinator", 0, 16.1),
    "BoundaryEvent_NoCapacity": ("Task_AllocateKeyWorker", "bottom", 0),
    "Task_AwaitCapacity": ("Lane_Coordinator", 1, 16.1),
    "BoundaryEvent_CapacityFreed": ("Task_AwaitCapacity", "bottom", -25),
    "Gateway_PlanInPlace": ("Lane_KeyWorker", 0, 17.6),
    "Task_SeekConsent": ("Lane_KeyWorker", 0, 18.9),
    "Gateway_Consent": ("Lane_KeyWorker", 0, 20.2),
    "EndEvent_ConsentRefused": ("Lane_KeyWorker", 1, 20.2),
    # the later phases' whole-family assessment; 2012-15 passes it by (above)
    "Gateway_WholeFamilyAssessment": ("Lane_KeyWorker", 0, 21.4),
    "Task_AssessFamily": ("Lane_KeyWorker", 0, 22.7),
    "Gateway_ToTafMeeting": ("Lane_KeyWorker", 0, 24.0),
    "Task_HoldTafMeeting": ("Lane_KeyWorker", 0, 25.3),
    "Gateway_ToPlan": ("Lane_KeyWorker", 0, 26.6),
    "Task_AgreeFamilyPlan": ("Lane_KeyWorker", 0, 27.9),
    "Gateway_PlanSigned": ("Lane_KeyWorker", 0, 29.2),
    # row B
    "Task_RecordAttachment": ("Lane_KeyWorker", 1, 1.7),
    "Gateway_ToSupport": ("Lane_KeyWorker", 1, 3.2),
    "SubProcess_IntensiveSupport": ("Lane_KeyWorker", 1, 4.7),
    "BoundaryEvent_StepUp": ("SubProcess_IntensiveSupport", "bottom", -30),
    "BoundaryEvent_Disengaged": ("SubProcess_IntensiveSupport", "bottom", 30),
    "Gateway_ToVerification": ("Lane_KeyWorker", 1, 6.3),
    "Task_VerifyOutcomes": ("Lane_KeyWorker", 1, 7.8),
    "Task_AssessOutcomes": ("Lane_KeyWorker", 1, 9.6),
    "Gateway_SuccessRule": ("Lane_KeyWorker", 1, 10.9),
    "Gateway_ToClaim": ("Lane_KeyWorker", 1, 12.1),
    # row C: the later phases' success, with the sustain check where the phase has one (between the lines
    # that cross the lane to the allocation and back)
    "Gateway_SustainCheck": ("Lane_KeyWorker", 2, 10.9),
    "Task_BeginSustainPeriod": ("Lane_KeyWorker", 2, 12.2),
    "IntermediateEvent_SustainPeriodEnded": ("Lane_KeyWorker", 2, 13.9),
    "Task_ConfirmOutcomesSustained": ("Lane_KeyWorker", 2, 15.6),
    "Gateway_ToSuccessDecision": ("Lane_KeyWorker", 2, 16.9),
    "Task_DecideSuccess": ("Lane_KeyWorker", 2, 18.7),
    "Task_RecordOutcome": ("Lane_KeyWorker", 2, 21.6),
    "Gateway_PaidByResults": ("Lane_KeyWorker", 2, 22.9),
    "Task_CalculateClaim": ("Lane_KeyWorker", 1, 13.4),
    "Gateway_ClaimDue": ("Lane_Audit", 0, 15.4),
    "Task_StepUpToSocialCare": ("Lane_Coordinator", 0, 5.4),
    "Task_ReviewDisengagement": ("Lane_Coordinator", 2, 5.4),
    "Gateway_Disengagement": ("Lane_Coordinator", 2, 7),
    "Task_AuditClaim": ("Lane_Audit", 0, 17.1),
    "Gateway_AuditDecision": ("Lane_Audit", 0, 18.8),
    "Task_RecordClaim": ("Lane_Audit", 0, 20.4),
    "Gateway_ToTurnedAround": ("Lane_Audit", 0, 22.0),
    "Gateway_TurnedAround": ("Lane_Audit", 0, 23.2),
    "EndEvent_TurnedAround": ("Lane_Audit", 0, 24.5),
    "Task_ReviewRejectedClaim": ("Lane_Coordinator", 1, 18.8),
    "Gateway_RejectedClaim": ("Lane_Coordinator", 1, 20.3),
    "Task_DecideFurtherSupport": ("Lane_Coordinator", 1, 23.2),
    "Gateway_FurtherSupport": ("Lane_Coordinator", 1, 24.7),
    "Task_StartFurtherSupport": ("Lane_Coordinator", 0, 24.7),
    "Gateway_ToClosedWithoutResult": ("Lane_Coordinator", 2, 24.7),
    "EndEvent_ClosedWithoutResult": ("Lane_Coordinator", 2, 26.0),
}

SIZES = {"task": (100, 80), "gateway": (50, 50), "event": (36, 36)}


def kind(tag):
    if tag.endswith("Gateway"):
        return "gateway"
    if tag.endswith("Event"):
        return "event"
    return "task"


def main():
    text = MODEL.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    process = root.find(BPMN + "process")
    nodes, flows = {}, []
    for element in process:
        tag = element.tag.replace(BPMN, "")
        if tag == "sequenceFlow":
            flows.append((element.get("id"), element.get("sourceRef"), element.get("targetRef")))
        elif tag not in ("laneSet", "extensionElements", "documentation", "textAnnotation", "association"):
            nodes[element.get("id")] = tag
    missing = sorted(set(nodes) - set(PLACES))
    if missing:
        sys.exit("no place for: " + ", ".join(missing))

    lane_top, y = {}, 0
    for lane, _, rows, height in LANES:
        lane_top[lane] = y
        y += height
    total_height = y
    bounds = {}
    for node, (where, row, column) in PLACES.items():
        if node.startswith("BoundaryEvent_"):
            continue
        w, h = SIZES[kind(nodes[node])]
        cx = FIRST + column * COLUMN
        lane = next(l for l in LANES if l[0] == where)
        cy = lane_top[where] + lane[2][row]
        bounds[node] = (round(cx - w / 2), round(cy - h / 2), w, h)
    for node, (host, side, offset) in PLACES.items():
        if node.startswith("BoundaryEvent_"):
            hx, hy, hw, hh = bounds[host]
            bounds[node] = (round(hx + hw / 2 + offset - 18), hy + hh - 18, 36, 36)
    width = max(x + w for x, _, w, _ in bounds.values()) + 60
    for lane, _, _, height in LANES:
        bounds[lane] = (LANE_X, lane_top[lane], width - LANE_X, height)

    def centre(node):
        x, y, w, h = bounds[node]
        return x + w / 2, y + h / 2

    def route(flow, source, target):
        sx, sy, sw, sh = bounds[source]
        tx, ty, tw, th = bounds[target]
        (scx, scy), (tcx, tcy) = centre(source), centre(target)
        if flow in ROUTES:
            return [(round(a), round(b)) for a, b in ROUTES[flow](bounds)]
        if source.startswith("BoundaryEvent_"):
            start = (scx, sy + sh)
            if abs(tcx - scx) < 2:
                return [start, (tcx, ty)]
            entry_x = tx if tcx > scx else tx + tw
            return [start, (scx, tcy), (entry_x, tcy)]
        if abs(scy - tcy) < 2:
            if tcx > scx:
                return [(sx + sw, scy), (tx, tcy)]
        if abs(scx - tcx) < 2:
            return [(scx, sy + sh), (tcx, ty)] if tcy > scy else [(scx, sy), (tcx, ty + th)]
        if tcx > scx:
            if nodes[source].endswith("Gateway"):
                # a branch leaves the gateway from its top or bottom, then runs into the target
                return [(scx, sy + sh if tcy > scy else sy), (scx, tcy), (tx, tcy)]
            if nodes[target].endswith("Gateway"):
                return [(sx + sw, scy), (tcx, scy), (tcx, ty if tcy > scy else ty + th)]
            mid = tx - 20
            return [(sx + sw, scy), (mid, scy), (mid, tcy), (tx, tcy)]
        # backwards: along the target's row from the right, or into its bottom
        if tcy < scy:
            return [(sx, scy), (tcx, scy), (tcx, ty + th)]
        return [(scx, sy + sh), (scx, tcy), (tx + tw, tcy)]

    out = ['  <bpmndi:BPMNDiagram id="BPMNDiagram_family-case">',
           '    <bpmndi:BPMNPlane id="BPMNPlane_family-case" bpmnElement="Collaboration_FamilyCase">',
           '      <bpmndi:BPMNShape id="Participant_FamilyCase_di" bpmnElement="Participant_FamilyCase" isHorizontal="true">',
           f'        <dc:Bounds x="{PARTICIPANT_X}" y="0" width="{width - PARTICIPANT_X}" height="{total_height}" />',
           '      </bpmndi:BPMNShape>']
    for lane, _, _, height in LANES:
        out += [f'      <bpmndi:BPMNShape id="{lane}_di" bpmnElement="{lane}" isHorizontal="true">',
                f'        <dc:Bounds x="{LANE_X}" y="{lane_top[lane]}" width="{width - LANE_X}" height="{height}" />',
                '      </bpmndi:BPMNShape>']
    for node in PLACES:
        x, y, w, h = bounds[node]
        assert node in nodes
        extra = ' isMarkerVisible="true"' if nodes[node] == "exclusiveGateway" else ""
        extra += ' isExpanded="false"' if nodes[node] == "subProcess" else ""
        out += [f'      <bpmndi:BPMNShape id="{node}_di" bpmnElement="{node}"{extra}>',
                f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />',
                '      </bpmndi:BPMNShape>']
    for flow, source, target in flows:
        out.append(f'      <bpmndi:BPMNEdge id="{flow}_di" bpmnElement="{flow}">')
        for px, py in route(flow, source, target):
            out.append(f'        <di:waypoint x="{round(px)}" y="{round(py)}" />')
        out.append('      </bpmndi:BPMNEdge>')
    out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']

    lanes = ['    <bpmn:laneSet id="LaneSet_FamilyCase">']
    for lane, name, _, _ in LANES:
        lanes.append(f'      <bpmn:lane id="{lane}" name="{name}">')
        for node, (where, _, _) in PLACES.items():
            in_lane = where if not node.startswith("BoundaryEvent_") else PLACES[where][0]
            if in_lane == lane:
                lanes.append(f'        <bpmn:flowNodeRef>{node}</bpmn:flowNodeRef>')
        lanes.append('      </bpmn:lane>')
    lanes.append('    </bpmn:laneSet>')

    text = re.sub(r'\n    <bpmn:laneSet id="LaneSet_FamilyCase">.*?</bpmn:laneSet>', '', text, flags=re.S)
    # the lanes come before the flow elements, after the process's documentation and listeners
    text = re.sub(r'(<bpmn:process id="family-case"[^>]*>(?:\s*<bpmn:documentation>.*?</bpmn:documentation>)?'
                  r'(?:\s*<bpmn:extensionElements>.*?</bpmn:extensionElements>)?)',
                  lambda m: m.group(1) + "\n" + "\n".join(lanes), text, count=1, flags=re.S)
    if 'id="Collaboration_FamilyCase"' not in text:
        text = text.replace('  <bpmn:process id="family-case"',
                            '  <bpmn:collaboration id="Collaboration_FamilyCase">\n'
                            '    <bpmn:participant id="Participant_FamilyCase" name="Family case" processRef="family-case" />\n'
                            '  </bpmn:collaboration>\n  <bpmn:process id="family-case"', 1)
    text = re.sub(r'  <bpmndi:BPMNDiagram id="BPMNDiagram_family-case">.*?</bpmndi:BPMNDiagram>', lambda m: "\n".join(out),
                  text, count=1, flags=re.S)
    MODEL.write_text(text, encoding="utf-8")
    print(f"{MODEL}: {len(PLACES)} shapes, {len(flows)} flows, {width} x {total_height}")


def below(bounds, node, gap=18):
    x, y, w, h = bounds[node]
    return y + h + gap


def mid(bounds, node):
    x, y, w, h = bounds[node]
    return x + w / 2, y + h / 2


def left(bounds, node):
    x, y, w, h = bounds[node]
    return x, y + h / 2


def right(bounds, node):
    x, y, w, h = bounds[node]
    return x + w, y + h / 2


def top(bounds, node):
    x, y, w, h = bounds[node]
    return x + w / 2, y


def bottom(bounds, node):
    x, y, w, h = bounds[node]
    return x + w / 2, y + h


# flows whose route the simple rules would draw through other shapes
ROUTES = {
    # 2012-15 passes the whole-family assessment by, above it
    "Flow_NoAssessment": lambda b: [top(b, "Gateway_WholeFamilyAssessment"),
                                    (mid(b, "Gateway_WholeFamilyAssessment")[0], b["Lane_KeyWorker"][1] + 14),
                                    (mid(b, "Gateway_ToTafMeeting")[0], b["Lane_KeyWorker"][1] + 14), top(b, "Gateway_ToTafMeeting")],
    # the later phases' success drops to row C; 2012-15's goes on along row B to the claim
    "Flow_ByNeeds": lambda b: [bottom(b, "Gateway_SuccessRule"), top(b, "Gateway_SustainCheck")],
    "Flow_NoSustainCheck": lambda b: [bottom(b, "Gateway_SustainCheck"), (mid(b, "Gateway_SustainCheck")[0], below(b, "Task_BeginSustainPeriod", 10)),
                                      (mid(b, "Gateway_ToSuccessDecision")[0], below(b, "Task_BeginSustainPeriod", 10)),
                                      bottom(b, "Gateway_ToSuccessDecision")],
    # paid by results: up to the claim, above row B
    "Flow_PaidByResults": lambda b: [top(b, "Gateway_PaidByResults"), (mid(b, "Gateway_PaidByResults")[0], b["Task_CalculateClaim"][1] - 16),
                                     (mid(b, "Gateway_ToClaim")[0], b["Task_CalculateClaim"][1] - 16), top(b, "Gateway_ToClaim")],
    # the outcome only is recorded: down to the end of the claim's part
    "Flow_OutcomeOnly": lambda b: [bottom(b, "Gateway_PaidByResults"), (mid(b, "Gateway_PaidByResults")[0], below(b, "Task_RecordOutcome", 12)),
                                   (mid(b, "Gateway_ToTurnedAround")[0] - 14, below(b, "Task_RecordOutcome", 12)),
                                   (mid(b, "Gateway_ToTurnedAround")[0] - 14, b["Gateway_ToTurnedAround"][1] + 11)],
    # the claim's calculation goes down to the audit between the sustain period's shapes
    "Flow_ClaimCalculated": lambda b: [right(b, "Task_CalculateClaim"), (right(b, "Task_CalculateClaim")[0] + 12, mid(b, "Task_CalculateClaim")[1]),
                                       (right(b, "Task_CalculateClaim")[0] + 12, mid(b, "Gateway_ClaimDue")[1]), left(b, "Gateway_ClaimDue")],
    # the retrospective attachment drops from the referrer's lane to outcome verification
    "Flow_RetrospectiveAttachment": lambda b: [bottom(b, "Gateway_Retrospective"),
                                               (mid(b, "Gateway_Retrospective")[0], b["Gateway_ToVerification"][1] - 35),
                                               (mid(b, "Gateway_ToVerification")[0], b["Gateway_ToVerification"][1] - 35),
                                               top(b, "Gateway_ToVerification")],
    # more information: from the panel's decision up to the referrer, and back to the assessment
    "Flow_MoreInformation": lambda b: [top(b, "Gateway_PanelDecision"), (mid(b, "Gateway_PanelDecision")[0], mid(b, "Task_ProvideMoreInformation")[1]),
                                       right(b, "Task_ProvideMoreInformation")],
    "Flow_InformationProvided": lambda b: [left(b, "Task_ProvideMoreInformation"),
                                           (mid(b, "Gateway_ToAssessment")[0], mid(b, "Task_ProvideMoreInformation")[1]),
                                           bottom(b, "Gateway_ToAssessment")],
    "Flow_Eligible": lambda b: [bottom(b, "Gateway_Eligible"), (mid(b, "Gateway_Eligible")[0], mid(b, "Task_PanelValidation")[1]),
                                left(b, "Task_PanelValidation")],
    # a family waiting for a place comes back to allocation
    "Flow_RetryAllocation": lambda b: [left(b, "Task_AwaitCapacity"), (mid(b, "Gateway_ToAllocation")[0], mid(b, "Task_AwaitCapacity")[1]),
                                       bottom(b, "Gateway_ToAllocation")],
    "Flow_CapacityFreed": lambda b: [bottom(b, "BoundaryEvent_CapacityFreed"),
                                     (mid(b, "BoundaryEvent_CapacityFreed")[0], below(b, "BoundaryEvent_CapacityFreed", 10)),
                                     (mid(b, "Gateway_ToAllocation")[0], below(b, "BoundaryEvent_CapacityFreed", 10)),
                                     bottom(b, "Gateway_ToAllocation")],
    "Flow_Allocated": lambda b: [right(b, "Task_AllocateKeyWorker"), (mid(b, "Gateway_PlanInPlace")[0], mid(b, "Task_AllocateKeyWorker")[1]),
                                 bottom(b, "Gateway_PlanInPlace")],
    # a family already attached (step-up, further support) goes straight back to support: row B
    "Flow_PlanInPlace": lambda b: [top(b, "Gateway_PlanInPlace"), (mid(b, "Gateway_PlanInPlace")[0], b["Lane_KeyWorker"][1] + 12),
                                   (mid(b, "Gateway_ToSupport")[0] + 10, b["Lane_KeyWorker"][1] + 12),
                                   (mid(b, "Gateway_ToSupport")[0] + 10, b["Gateway_ToSupport"][1] + 5)],
    "Flow_PlanNotSigned": lambda b: [top(b, "Gateway_PlanSigned"), (mid(b, "Gateway_PlanSigned")[0], b["Gateway_ToPlan"][1] - 20),
                                     (mid(b, "Gateway_ToPlan")[0], b["Gateway_ToPlan"][1] - 20), top(b, "Gateway_ToPlan")],
    # the line wraps: from the signed plan (end of row A) to the attachment (start of row B)
    "Flow_PlanSigned": lambda b: [bottom(b, "Gateway_PlanSigned"), (mid(b, "Gateway_PlanSigned")[0], b["Task_RecordAttachment"][1] - 45),
                                  (mid(b, "Task_RecordAttachment")[0], b["Task_RecordAttachment"][1] - 45), top(b, "Task_RecordAttachment")],
    "Flow_SteppingUp": lambda b: [bottom(b, "BoundaryEvent_StepUp"), (mid(b, "BoundaryEvent_StepUp")[0], mid(b, "Task_StepUpToSocialCare")[1]),
                                  left(b, "Task_StepUpToSocialCare")],
    "Flow_SteppedUp": lambda b: [right(b, "Task_StepUpToSocialCare"), left(b, "Gateway_ToAllocation")],
    "Flow_ToDisengagementReview": lambda b: [bottom(b, "BoundaryEvent_Disengaged"),
                                             (mid(b, "BoundaryEvent_Disengaged")[0], b["Task_ReviewDisengagement"][1])],
    "Flow_ContinueSupport": lambda b: [bottom(b, "Gateway_Disengagement"),
                                       (mid(b, "Gateway_Disengagement")[0], below(b, "Gateway_Disengagement", 14)),
                                       (mid(b, "Gateway_ToSupport")[0], below(b, "Gateway_Disengagement", 14)),
                                       bottom(b, "Gateway_ToSupport")],
    "Flow_VerifyNow": lambda b: [top(b, "Gateway_Disengagement"), (mid(b, "Gateway_Disengagement")[0], b["Task_StepUpToSocialCare"][1] + b["Task_StepUpToSocialCare"][3] + 20),
                                 (mid(b, "Gateway_ToVerification")[0], b["Task_StepUpToSocialCare"][1] + b["Task_StepUpToSocialCare"][3] + 20),
                                 bottom(b, "Gateway_ToVerification")],
    "Flow_CloseDisengaged": lambda b: [right(b, "Gateway_Disengagement"), left(b, "Gateway_ToClosedWithoutResult")],
    "Flow_NothingToClaim": lambda b: [bottom(b, "Gateway_ClaimDue"), (mid(b, "Gateway_ClaimDue")[0], below(b, "Gateway_ClaimDue", 22)),
                                      (mid(b, "Gateway_ToTurnedAround")[0], below(b, "Gateway_ClaimDue", 22)), bottom(b, "Gateway_ToTurnedAround")],
    "Flow_AuditRejected": lambda b: [top(b, "Gateway_AuditDecision"), bottom(b, "Task_ReviewRejectedClaim")],
    "Flow_ReviseEvidence": lambda b: [top(b, "Gateway_RejectedClaim"), (mid(b, "Gateway_RejectedClaim")[0], below(b, "Task_VerifyOutcomes", 14)),
                                      (mid(b, "Gateway_ToVerification")[0] + 12, below(b, "Task_VerifyOutcomes", 14)),
                                      (mid(b, "Gateway_ToVerification")[0] + 12, b["Gateway_ToVerification"][1] + 44)],
    "Flow_AcceptRejection": lambda b: [right(b, "Gateway_RejectedClaim"), (mid(b, "Gateway_ToTurnedAround")[0], mid(b, "Gateway_RejectedClaim")[1]),
                                       top(b, "Gateway_ToTurnedAround")],
    "Flow_NotTurnedAround": lambda b: [top(b, "Gateway_TurnedAround"), bottom(b, "Task_DecideFurtherSupport")],
    "Flow_FurtherSupport": lambda b: [top(b, "Gateway_FurtherSupport"), bottom(b, "Task_StartFurtherSupport")],
    "Flow_FurtherSupportStarted": lambda b: [top(b, "Task_StartFurtherSupport"), (mid(b, "Task_StartFurtherSupport")[0], b["Lane_Coordinator"][1] + 10),
                                             (mid(b, "Gateway_ToAllocation")[0], b["Lane_Coordinator"][1] + 10), top(b, "Gateway_ToAllocation")],
    "Flow_CloseNotTurnedAround": lambda b: [bottom(b, "Gateway_FurtherSupport"), top(b, "Gateway_ToClosedWithoutResult")],
}

if __name__ == "__main__":
    main()
