package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_END_DATE;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_PERIODS;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.support.SupportSchedule;

/** Task_StartFurtherSupport: another support period from today; the attachment date stays. */
@Component("startFurtherSupportDelegate")
class StartFurtherSupportDelegate implements JavaDelegate {

    private final SupportSchedule schedule;
    private final Clock clock;

    public StartFurtherSupportDelegate(SupportSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SUPPORT_END_DATE.set(execution, schedule.supportEnds(LocalDate.now(clock)));
        SUPPORT_PERIODS.set(execution, SUPPORT_PERIODS.getOrDefault(execution, 1) + 1);
    }
}
