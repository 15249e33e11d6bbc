package org.strengtheningfamilies.reporting;

import java.util.List;

/**
 * Live families per key worker against the cap, by lead service, and the families waiting for a place, of
 * the phase asked for (phase null: every phase), the free places being every phase's; and the overdue work
 * now (tasks past their due date; sf.deadlines), every phase's: per key worker, per service, for the
 * programme, and of tasks nobody has taken yet.
 */
public record CapacityReport(String phase, int cap, List<Service> services, int familiesWaiting, long overdueTasks,
                             long overdueTasksNotTaken) {

    public record Service(String leadService, List<KeyWorker> keyWorkers, int places, int liveFamilies,
                          int familiesWaiting, long overdueTasks) {
    }

    public record KeyWorker(String keyWorker, int liveFamilies, int cap, int freePlaces, long overdueTasks) {
    }
}
