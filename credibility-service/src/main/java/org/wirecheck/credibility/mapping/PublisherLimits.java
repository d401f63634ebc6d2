package org.wirecheck.credibility.mapping;

import java.util.ArrayList;
import java.util.List;

import org.wirecheck.common.article.ArticleLimits;
import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;

/**
 * The longest name, alias and domain a registry publisher may have, and how many aliases and domains, in the style of
 * {@link ArticleLimits}. Without them a 100,000-character name was a 500 (PostgreSQL's unique index on the name refuses
 * an index row over 8,191 bytes) — or stored, when it compressed well enough — and 10,000 aliases were stored, each
 * one more alternative in the pattern the engine runs over every assessed article and in every registry listing.
 * <p>
 * A name or alias is a publisher's name as an article or an origin gives it, so it has the article's publisher limit;
 * a domain is a host name, at most 253 characters in DNS. The seed's publisher with the most names has eight aliases
 * and two domains; a hundred aliases and fifty domains leave room for every script and spelling and every country
 * site.
 */
public final class PublisherLimits {

    /** Longest name, as for an article's publisher. */
    public static final int NAME = ArticleLimits.PUBLISHER;
    /** Longest alias. */
    public static final int ALIAS = ArticleLimits.PUBLISHER;
    /** Most aliases. */
    public static final int ALIASES = 100;
    /** Longest domain: a host name's limit in DNS (RFC 1035). */
    public static final int DOMAIN = 253;
    /** Most domains. */
    public static final int DOMAINS = 50;

    private PublisherLimits() {
    }

    /**
     * A 400 problem naming every field over its limit, all at once; nothing when all fit. A list over its count is
     * named as a whole ("aliases"), its items then not one by one.
     */
    public static void requireWithin(PublisherRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>(0);
        if (r.name() != null && r.name().length() > NAME) {
            errors.add(new Problem.FieldError("name", ArticleLimits.tooLong("name", NAME)));
        }
        items(errors, "aliases", r.aliases(), ALIASES, ALIAS, "names");
        items(errors, "domains", r.domains(), DOMAINS, DOMAIN, "domains");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void items(List<Problem.FieldError> errors, String field, List<String> values, int most, int longest,
            String what) {
        if (values == null) {
            return;
        }
        if (values.size() > most) {
            errors.add(new Problem.FieldError(field,
                    field + " must hold at most " + most + " " + what + ", got " + values.size()));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v != null && v.length() > longest) {
                String item = field + "[" + i + "]";
                errors.add(new Problem.FieldError(item, ArticleLimits.tooLong(item, longest)));
            }
        }
    }
}
