package org.strengtheningfamilies.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.panel.LeadService;

/** The caseload of process tests: same contract as the JDBC repository, kept in maps. */
public class InMemoryCaseload implements CaseloadRepository {

    final Map<String, String> liveCases = new LinkedHashMap<>();
    final Map<String, String> holders = new HashMap<>();
    final Map<String, Integer> load = new HashMap<>();
    final Map<String, LeadService> services = new HashMap<>();
    final Map<String, Instant> waitingSince = new HashMap<>();
    private long tick;

    @Override
    public boolean register(String familyRef, String processInstanceId) {
        return liveCases.putIfAbsent(familyRef, processInstanceId) == null;
    }

    @Override
    public boolean isLive(String familyRef) {
        return liveCases.containsKey(familyRef);
    }

    @Override
    public void close(String familyRef) {
        releasePlace(familyRef);
        liveCases.remove(familyRef);
        attachments.remove(familyRef);
        waitingSince.remove(familyRef);
    }

    @Override
    public Optional<String> placeHolder(String familyRef) {
        return Optional.ofNullable(holders.get(familyRef));
    }

    final Map<String, java.time.LocalDate> attachments = new HashMap<>();

    @Override
    public void recordAttachment(String familyRef, java.time.LocalDate attachmentDate) {
        if (liveCases.containsKey(familyRef)) {
            attachments.put(familyRef, attachmentDate);
        }
    }

    @Override
    public Optional<java.time.LocalDate> attachmentDate(String familyRef) {
        return Optional.ofNullable(attachments.get(familyRef));
    }

    @Override
    public boolean tryTakePlace(String keyWorker, String familyRef, LeadService leadService, int cap) {
        if (load.getOrDefault(keyWorker, 0) >= cap) {
            return false;
        }
        load.merge(keyWorker, 1, Integer::sum);
        holders.put(familyRef, keyWorker);
        services.put(familyRef, leadService);
        return true;
    }

    @Override
    public Optional<String> releasePlace(String familyRef) {
        String worker = holders.remove(familyRef);
        if (worker != null) {
            load.merge(worker, -1, Integer::sum);
        }
        return Optional.ofNullable(worker);
    }

    @Override
    public Map<String, Integer> liveFamilies(Collection<String> keyWorkers) {
        Map<String, Integer> result = new HashMap<>();
        keyWorkers.forEach(w -> result.put(w, load.getOrDefault(w, 0)));
        return result;
    }

    @Override
    public void markAwaitingCapacity(String familyRef, LeadService leadService) {
        services.put(familyRef, leadService);
        waitingSince.putIfAbsent(familyRef, Instant.EPOCH.plusSeconds(tick++));
    }

    @Override
    public void clearAwaitingCapacity(String familyRef) {
        waitingSince.remove(familyRef);
    }

    @Override
    public Optional<String> longestWaiting(LeadService leadService) {
        return waitingSince.entrySet().stream()
                .filter(e -> services.get(e.getKey()) == leadService)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public int liveFamiliesOf(String keyWorker) {
        return load.getOrDefault(keyWorker, 0);
    }
}
