package org.strengtheningfamilies.reporting;

import java.util.List;

/** Live families per key worker against the cap, by lead service, and the families waiting for a place. */
public record CapacityReport(int cap, List<Service> services, int familiesWaiting) {

    public record Service(String leadService, List<KeyWorker> keyWorkers, int places, int liveFamilies,
                          int familiesWaiting) {
    }

    public record KeyWorker(String keyWorker, int liveFamilies, int cap, int freePlaces) {
    }
}
