package org.wirecheck.gateway.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.TimeoutException;

/** Which failed tries count towards parking a delivery: only those the service itself answered with a 5xx. */
class DeliveryFailureTest {

    @Test
    void aServerErrorAnswerCountsAlsoWhenWrapped() {
        assertTrue(DeliveryOutbox.answeredWithServerError(new WebApplicationException(500)));
        assertTrue(DeliveryOutbox.answeredWithServerError(new WebApplicationException(503)));
        assertTrue(DeliveryOutbox.answeredWithServerError(new CompletionException(new WebApplicationException(502))));
    }

    @Test
    void aTryThatDidNotReachTheServiceDoesNotCount() {
        assertFalse(DeliveryOutbox.answeredWithServerError(new ProcessingException(new ConnectException("refused"))));
        assertFalse(DeliveryOutbox.answeredWithServerError(new CircuitBreakerOpenException("open")));
        assertFalse(DeliveryOutbox.answeredWithServerError(new TimeoutException()));
        assertFalse(DeliveryOutbox.answeredWithServerError(new WebApplicationException(404)));
        assertFalse(DeliveryOutbox.answeredWithServerError(new IllegalStateException("Cannot read a stored delivery")));
    }
}
