package org.wirecheck.credibility.mapping;

import java.util.List;

import org.wirecheck.credibility.engine.KnownPublisher;
import org.wirecheck.credibility.engine.PublisherKind;
import org.wirecheck.credibility.repository.PublisherEntity;

/** Publisher entity ↔ API view ↔ engine publisher. */
public final class PublisherMapper {

    private PublisherMapper() {
    }

    public static PublisherView toView(PublisherEntity e) {
        return new PublisherView(e.id, e.canonicalName, e.kind, List.of(e.aliases), List.of(e.domains));
    }

    public static PublisherView toView(KnownPublisher p) {
        return p == null ? null : new PublisherView(p.id(), p.name(), p.kind().name(), p.aliases(), p.domains());
    }

    public static KnownPublisher toEngine(PublisherEntity e) {
        return new KnownPublisher(e.id, e.canonicalName, PublisherKind.valueOf(e.kind), List.of(e.aliases),
                List.of(e.domains));
    }
}
