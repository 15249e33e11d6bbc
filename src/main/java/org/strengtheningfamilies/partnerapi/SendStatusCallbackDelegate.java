package org.strengtheningfamilies.partnerapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Task_SendStatusCallback of partner-status-callback: POSTs {@code {"familyRef", "status", "time"}}
 * to the account's callback URL as it is set now (so a URL the administrator corrects is used by the
 * next try), signed. Anything but a 2xx answer fails the job, which the engine retries and finally
 * shows as an incident. Callbacks turned off meanwhile are not sent.
 */
class SendStatusCallbackDelegate implements JavaDelegate {

    static final String DELIVERY_HEADER = "X-SF-Delivery";
    private static final Logger LOG = LoggerFactory.getLogger(SendStatusCallbackDelegate.class);

    private final PartnerAccounts accounts;
    private final HttpClient http;
    private final PartnerApiProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    SendStatusCallbackDelegate(PartnerAccounts accounts, PartnerApiProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.callbackTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void execute(DelegateExecution execution) throws IOException, InterruptedException {
        String account = CallbackVariables.PARTNER_ACCOUNT.require(execution);
        String familyRef = CallbackVariables.FAMILY_REF.require(execution);
        PartnerAccounts.Settings settings = accounts.find(account).filter(PartnerAccounts.Settings::hasCallback).orElse(null);
        if (settings == null) {
            LOG.info("Status callback of {} not sent: callbacks of {} are turned off", familyRef, account);
            return;
        }
        byte[] body = body(execution);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.callbackUrl()))
                .timeout(properties.callbackTimeout())
                .header("Content-Type", "application/json")
                .header(CallbackSignature.HEADER, CallbackSignature.of(settings.callbackSecret(), body))
                .header(DELIVERY_HEADER, execution.getProcessInstanceId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IOException("The status callback of " + familyRef + " to " + settings.callbackUrl()
                    + " could not be delivered: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The status callback of " + familyRef + " to " + settings.callbackUrl() + " was answered "
                    + response.statusCode() + "; it is tried again later");
        }
    }

    private byte[] body(DelegateExecution execution) throws JsonProcessingException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("familyRef", CallbackVariables.FAMILY_REF.require(execution));
        body.put("status", CallbackVariables.REFERRAL_STATUS.require(execution));
        body.put("time", CallbackVariables.STATUS_CHANGED_AT.require(execution));
        return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }
}
