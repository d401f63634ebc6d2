package org.wirecheck.credibility.engine;

/**
 * A notice in the text that credits another publisher.
 *
 * @param kind REPRINT_NOTICE, WIRE_CREDIT, FIRST_APPEARED, READ_MORE, AGENCY_LINE, CONTRIBUTED, HAT_TIP, SOURCE_LINE,
 *        COPYRIGHT, or one of the credit lines COURTESY_LINE ("Courtesy Dawn"), VIA_LINE ("Via Dawn", "(via
 *        Reuters)"), INPUT_LINE ("With input from APP") and CREDIT_LINE ("Credit: Dawn" closing the copy)
 * @param span the whole notice
 * @param publisher the registry publisher it credits, null when unregistered
 * @param creditedName the name as written
 */
public record Credit(String kind, Span span, KnownPublisher publisher, String creditedName) {
}
