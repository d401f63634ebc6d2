package org.wirecheck.credibility.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.credibility.engine.KnownPublisher;
import org.wirecheck.credibility.engine.PublisherDirectory;
import org.wirecheck.credibility.engine.PublisherKind;
import org.wirecheck.credibility.mapping.PublisherMapper;
import org.wirecheck.credibility.mapping.PublisherRequest;
import org.wirecheck.credibility.mapping.PublisherView;
import org.wirecheck.credibility.repository.PublisherEntity;

/**
 * The publisher registry: CRUD on PostgreSQL, and the in-memory alias table the engine reads. The table is rebuilt
 * lazily after every change, so an assessment never waits on more than one registry read.
 */
@ApplicationScoped
public class PublisherRegistry {

    private volatile PublisherDirectory directory;

    /** The alias table of the whole registry. */
    @Transactional
    public PublisherDirectory directory() {
        PublisherDirectory d = directory;
        if (d == null) {
            List<KnownPublisher> all = PublisherEntity.<PublisherEntity>listAll().stream()
                    .map(PublisherMapper::toEngine).toList();
            d = new PublisherDirectory(all);
            directory = d;
        }
        return d;
    }

    /** Publishers whose name, an alias or a domain contains {@code q} (all when q is blank), by name. */
    @Transactional
    public List<PublisherView> list(String q) {
        List<PublisherEntity> all = PublisherEntity.list("order by canonicalName");
        if (q == null || q.isBlank()) {
            return all.stream().map(PublisherMapper::toView).toList();
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<PublisherView> out = new ArrayList<>();
        for (PublisherEntity e : all) {
            boolean hit = e.canonicalName.toLowerCase(Locale.ROOT).contains(needle)
                    || Arrays.stream(e.aliases).anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))
                    || Arrays.stream(e.domains).anyMatch(d -> d.toLowerCase(Locale.ROOT).contains(needle));
            if (hit) {
                out.add(PublisherMapper.toView(e));
            }
        }
        if (out.isEmpty()) {
            // A url or a domain below a registered one ("news.bbc.co.uk/...") still finds its publisher.
            directory().resolve(q).ifPresent(p -> out.add(PublisherMapper.toView(p)));
        }
        return out;
    }

    @Transactional
    public Optional<PublisherView> get(long id) {
        return PublisherEntity.<PublisherEntity>findByIdOptional(id).map(PublisherMapper::toView);
    }

    @Transactional
    public PublisherView create(PublisherRequest request) {
        PublisherEntity e = new PublisherEntity();
        apply(e, request);
        rejectDuplicate(e.canonicalName, null);
        e.persist();
        PublisherEntity.flush();
        directory = null;
        return PublisherMapper.toView(e);
    }

    @Transactional
    public Optional<PublisherView> update(long id, PublisherRequest request) {
        Optional<PublisherEntity> found = PublisherEntity.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PublisherEntity e = found.get();
        apply(e, request);
        rejectDuplicate(e.canonicalName, id);
        PublisherEntity.flush();
        directory = null;
        return Optional.of(PublisherMapper.toView(e));
    }

    @Transactional
    public boolean delete(long id) {
        boolean deleted = PublisherEntity.deleteById(id);
        directory = null;
        return deleted;
    }

    private static void apply(PublisherEntity e, PublisherRequest r) {
        if (r == null) {
            throw ProblemException.badField("name", "a publisher needs a body with name and kind");
        }
        String kind = r.kind() == null ? "" : r.kind().strip().toUpperCase(Locale.ROOT);
        try {
            PublisherKind.valueOf(kind);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.badField("kind", "kind must be one of " + Arrays.toString(PublisherKind.values())
                    + ", got '" + r.kind() + "'");
        }
        e.canonicalName = r.name().strip();
        e.kind = kind;
        e.aliases = clean(r.aliases(), "aliases");
        e.domains = clean(r.domains(), "domains");
    }

    private static String[] clean(List<String> values, String field) {
        if (values == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) {
                throw ProblemException.badField(field + "[" + i + "]", field + "[" + i + "] must not be blank");
            }
            if (!out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return out.toArray(String[]::new);
    }

    private static void rejectDuplicate(String name, Long self) {
        PublisherEntity other = PublisherEntity.find("lower(canonicalName) = ?1", name.toLowerCase(Locale.ROOT))
                .firstResult();
        if (other != null && !other.id.equals(self)) {
            throw new ProblemException(409, "Conflict",
                    "A publisher named '" + other.canonicalName + "' already exists with id " + other.id + ".");
        }
    }
}
