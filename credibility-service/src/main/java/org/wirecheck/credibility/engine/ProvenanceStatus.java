package org.wirecheck.credibility.engine;

/** Whether a copy credits its origin. */
public enum ProvenanceStatus {
    CREDITED, UNCREDITED
}
