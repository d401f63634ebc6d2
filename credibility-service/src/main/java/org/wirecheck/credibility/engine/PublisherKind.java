package org.wirecheck.credibility.engine;

/** The kind of a registered publisher. */
public enum PublisherKind {
    WIRE_AGENCY, BROADCASTER, NEWSPAPER, MAGAZINE, BLOG, AGGREGATOR, THINK_TANK, STATE_AFFILIATED
}
