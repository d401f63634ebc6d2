package org.wirecheck.credibility.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.wirecheck.common.article.Hosts;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.credibility.engine.KnownPublisher;
import org.wirecheck.credibility.engine.PublisherDirectory;
import org.wirecheck.credibility.engine.PublisherKind;
import org.wirecheck.credibility.mapping.PublisherLimits;
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

    /** The advisory lock registry writes hold ("pubr"). */
    private static final long REGISTRY_LOCK = 0x70756272L;
    /** A host name in ASCII form: labels of letters, digits and hyphens, at least two. */
    private static final Pattern HOST_NAME = Pattern
            .compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

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
        PublisherEntity e = validated(request);
        lockRegistry();
        rejectTaken(e, null);
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
        // Checked on a detached copy: the checks query the registry, and a query first flushes a managed entity's
        // changes, so a name taken by another publisher failed on the unique index (a 500) before it could be a 409.
        PublisherEntity changed = validated(request);
        lockRegistry();
        rejectTaken(changed, id);
        PublisherEntity e = found.get();
        e.canonicalName = changed.canonicalName;
        e.kind = changed.kind;
        e.aliases = changed.aliases;
        e.domains = changed.domains;
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

    /** The publisher a request describes, checked field by field (400 naming the field); not persisted. */
    private static PublisherEntity validated(PublisherRequest r) {
        if (r == null) {
            throw ProblemException.badField("name", "a publisher needs a body with name and kind");
        }
        PublisherLimits.requireWithin(r);
        PublisherEntity e = new PublisherEntity();
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
        for (int i = 0; i < e.domains.length; i++) {
            String domain = e.domains[i];
            if (Hosts.ofName(domain).filter(h -> HOST_NAME.matcher(h).matches()).isEmpty()) {
                throw ProblemException.badField("domains[" + i + "]", "domains[" + i
                        + "] must be a host name such as example.org (no scheme or path), got '" + domain + "'");
            }
        }
        return e;
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

    /**
     * Registry writes take turns (across replicas too): the name and domain checks below read the registry before the
     * write, and two writes checking at once could both pass.
     */
    private static void lockRegistry() {
        PublisherEntity.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, REGISTRY_LOCK).getSingleResult();
    }

    /**
     * 409 when another publisher (not {@code self}) has the name, in any case, or one of the domains: a site is one
     * publisher's, and a domain two publishers held would make its urls resolve to either.
     */
    private static void rejectTaken(PublisherEntity e, Long self) {
        PublisherEntity named = PublisherEntity
                .find("lower(canonicalName) = ?1", e.canonicalName.toLowerCase(Locale.ROOT))
                .firstResult();
        if (named != null && !named.id.equals(self)) {
            throw new ProblemException(409, "Conflict",
                    "A publisher named '" + named.canonicalName + "' already exists with id " + named.id + ".");
        }
        Map<String, String> mine = new HashMap<>();
        for (String d : e.domains) {
            Hosts.ofName(d).ifPresent(h -> mine.put(h, d));
        }
        for (PublisherEntity other : PublisherEntity.<PublisherEntity>listAll()) {
            if (other.id.equals(self)) {
                continue;
            }
            for (String d : other.domains) {
                String taken = Hosts.ofName(d).map(mine::get).orElse(null);
                if (taken != null) {
                    throw new ProblemException(409, "Conflict", "The domain '" + taken + "' already belongs to '"
                            + other.canonicalName + "' (id " + other.id + ").");
                }
            }
        }
    }
}
