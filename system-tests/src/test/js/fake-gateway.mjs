// An in-test stand-in for the gateway's public API, so the page's logic can be driven in a browser without the
// services: it keeps articles and publishers in memory and derives reports with deliberately simple rules
// (shared paragraphs are passages, "..." are quotes, the nearest known name after a quote is its speaker).
// The real services are exercised by the gateway scenario in desk.test.mjs.

import { randomUUID } from 'node:crypto';

const KINDS = ['WIRE_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'MAGAZINE', 'BLOG', 'AGGREGATOR', 'THINK_TANK',
  'STATE_AFFILIATED'];

function paragraphs(text) {
  const out = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export class FakeGateway {
  constructor(knownSpeakers) {
    this.knownSpeakers = knownSpeakers;
    this.articles = [];
    this.publishers = [
      { id: randomUUID(), name: 'Northgate Press', kind: 'WIRE_AGENCY', aliases: ['NGP'], domains: ['northgate-press.example'] },
    ];
    this.requests = [];
  }

  summaryOf(a) {
    return { articleId: a.articleId, url: a.url, publisher: a.publisher ?? null, publishedAt: a.publishedAt ?? null };
  }

  duplicatesOf(article) {
    const ours = paragraphs(article.text);
    const dups = [];
    for (const other of this.articles) {
      if (other.articleId === article.articleId) {
        continue;
      }
      const passages = [];
      let shared = 0;
      for (const p of ours) {
        const at = other.text.indexOf(p.text);
        if (at >= 0) {
          passages.push({ start: p.start, end: p.end, otherStart: at, otherEnd: at + p.text.length });
          shared += p.text.length;
        }
      }
      if (passages.length) {
        const earlier = (other.publishedAt || '') < (article.publishedAt || '');
        dups.push({ ...this.summaryOf(other), relation: earlier ? 'CONTAINS' : 'CONTAINED_IN', earlier,
          similarity: shared / Math.max(article.text.length, other.text.length),
          containment: { thisInOther: shared / article.text.length, otherInThis: shared / other.text.length },
          passages });
      }
    }
    return dups;
  }

  quotesOf(text) {
    const quotes = [];
    const re = /"([^"]+)"/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const speaker = this.knownSpeakers
          .map((name) => ({ name, at: after.indexOf(name) }))
          .filter((s) => s.at >= 0)
          .sort((a, b) => a.at - b.at)[0];
      quotes.push({ text: m[1], speaker: speaker ? speaker.name : null, cue: speaker ? 'said' : null,
        start: m.index, end: m.index + m[0].length });
    }
    return quotes;
  }

  reportOf(article) {
    if (this.dedupDown) {
      // What the gateway answers when dedup-service does not: no duplicates, cluster or provenance.
      return { ...this.fullReportOf(article), duplicates: [], cluster: null, provenance: null, language: null,
        degraded: true, missing: ['dedup'] };
    }
    return this.fullReportOf(article);
  }

  fullReportOf(article) {
    const duplicates = this.duplicatesOf(article);
    const earlier = duplicates.filter((d) => d.earlier).sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
    const origin = earlier[0] || null;
    const evidence = earlier.map((d) => {
      const credit = d.publisher ? `originally published by ${d.publisher}` : null;
      const at = credit ? article.text.indexOf(credit) : -1;
      return { copied: this.summaryOf(d), relation: d.relation, similarity: d.similarity,
        share: d.containment.thisInOther, credited: at >= 0, creditText: at >= 0 ? credit : null,
        creditStart: at >= 0 ? at : null, creditEnd: at >= 0 ? at + credit.length : null };
    });
    const status = !origin ? 'ORIGINAL' : evidence[0].credited ? 'CREDITED_REPRINT' : 'UNCREDITED_COPY';
    const quotes = this.quotesOf(article.text);
    const sources = [...new Set(quotes.map((q) => q.speaker).filter(Boolean))]
        .map((name) => ({ name, kind: 'OFFICIAL', role: null, mentions: quotes.filter((q) => q.speaker === name).length }));
    const cluster = origin || duplicates.length
        ? { clusterId: (origin || article).articleId, size: duplicates.length + 1,
          origin: this.summaryOf(origin || article) }
        : null;
    return {
      articleId: article.articleId, url: article.url, publisher: article.publisher ?? null,
      title: article.title ?? null, publishedAt: article.publishedAt ?? null, language: 'en',
      duplicates, cluster,
      provenance: { status, origin: origin ? this.summaryOf(origin) : null,
        creditedSources: evidence.filter((e) => e.credited).map((e) => e.copied.publisher), evidence },
      attribution: { score: quotes.length ? 80 : 10, quotes, attributions: [], sources },
      credibility: { score: 70, signals: [
        { id: 'NAMED_SOURCES', value: sources.length ? 1 : 0, weight: 0.4,
          evidence: quotes.map((q) => ({ start: q.start, end: q.end, text: article.text.slice(q.start, q.end) })) },
        { id: 'BYLINE', value: article.byline ? 1 : 0, weight: 0.2, evidence: [] },
      ] },
      flags: article.text.includes('Subscribe to read') ? ['PAYWALL_TRUNCATED'] : [],
      degraded: false, missing: [],
    };
  }

  problem(status, title, detail, errors = []) {
    return { status, contentType: 'application/problem+json', body: JSON.stringify({ title, status, detail, errors }) };
  }

  json(status, body) {
    return { status, contentType: 'application/json', body: body === null ? '' : JSON.stringify(body) };
  }

  articleFrom(body) {
    const errors = [];
    // As the gateway: a url is required and must be an absolute URI (https://… or urn:…).
    if (!body.url || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(body.url)) {
      errors.push({ field: 'url', message: 'url must be an absolute URI (https://… or urn:…)' });
    }
    if (!(body.text || body.html)) {
      errors.push({ field: 'text', message: 'text must not be empty' });
    }
    if (errors.length) {
      return { error: this.problem(400, 'Invalid article', 'The article has invalid fields.', errors) };
    }
    // The fake "extracts" HTML by dropping tags; the page must fetch that text back for highlighting.
    const text = body.text ?? body.html.replace(/<[^>]*>/g, '');
    const url = body.url;
    return { article: { ...body, html: undefined, text, url,
      articleId: this.articles.find((a) => a.url === url && a.text === text)?.articleId || randomUUID(),
      indexedAt: new Date().toISOString() } };
  }

  /** Answers one intercepted request: {method, path, query, body} -> {status, contentType, body}. */
  handle({ method, path, query, body }) {
    this.requests.push({ method, path });
    let m;
    if (method === 'POST' && (path === '/api/v1/articles' || path === '/api/v1/articles/check')) {
      const { article, error } = this.articleFrom(body || {});
      if (error) {
        return error;
      }
      if (path.endsWith('/check')) {
        return this.json(200, this.reportOf(article));
      }
      const known = this.articles.find((a) => a.articleId === article.articleId);
      if (!known) {
        this.articles.push(article);
      }
      return this.json(known ? 200 : 201, this.reportOf(known || article));
    }
    if (method === 'GET' && path === '/api/v1/articles') {
      return this.json(200, this.articles.slice().reverse().slice(0, Number(query.get('limit') || 50)).map((a) => ({
        ...this.summaryOf(a), title: a.title ?? null, language: 'en', clusterId: this.reportOf(a).cluster?.clusterId ?? null,
        indexedAt: a.indexedAt })));
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v1\/articles\/([^/]+)(\/report)?$/))) {
      const a = this.articles.find((x) => x.articleId === m[1]);
      if (!a) {
        return this.problem(404, 'Not Found', `No article ${m[1]}`);
      }
      return this.json(200, m[2] ? this.reportOf(a) : { ...this.summaryOf(a), title: a.title ?? null, language: 'en',
        text: a.text, clusterId: this.reportOf(a).cluster?.clusterId ?? null, indexedAt: a.indexedAt });
    }
    if (method === 'GET' && path === '/api/v1/clusters') {
      const byId = new Map();
      for (const a of this.articles) {
        const c = this.reportOf(a).cluster;
        if (c) {
          byId.set(c.clusterId, c);
        }
      }
      return this.json(200, [...byId.values()].map((c) => ({ ...c,
        size: this.articles.filter((a) => this.reportOf(a).cluster?.clusterId === c.clusterId).length })));
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v1\/clusters\/([^/]+)$/))) {
      const members = this.articles.filter((a) => this.reportOf(a).cluster?.clusterId === m[1]);
      if (!members.length) {
        return this.problem(404, 'Not Found', `No cluster ${m[1]}`);
      }
      const origin = members.find((a) => a.articleId === m[1]);
      return this.json(200, { clusterId: m[1], size: members.length, origin: this.summaryOf(origin),
        members: members.map((a) => this.summaryOf(a)) });
    }
    if (path === '/api/v1/publishers' && method === 'GET') {
      const q = (query.get('q') || '').toLowerCase();
      return this.json(200, this.publishers.filter((p) => p.name.toLowerCase().includes(q)));
    }
    if ((path === '/api/v1/publishers' && method === 'POST')
        || ((m = path.match(/^\/api\/v1\/publishers\/([^/]+)$/)) && method === 'PUT')) {
      if (!body.name || !KINDS.includes(body.kind)) {
        return this.problem(400, 'Invalid publisher', 'The publisher has invalid fields.',
            [{ field: body.name ? 'kind' : 'name', message: body.name ? 'unknown kind' : 'name must not be blank' }]);
      }
      if (method === 'POST') {
        const created = { id: randomUUID(), ...body };
        this.publishers.push(created);
        return this.json(201, created);
      }
      const p = this.publishers.find((x) => x.id === m[1]);
      Object.assign(p, body);
      return this.json(200, p);
    }
    if (method === 'DELETE' && (m = path.match(/^\/api\/v1\/publishers\/([^/]+)$/))) {
      this.publishers = this.publishers.filter((x) => x.id !== m[1]);
      return this.json(204, null);
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v1\/publishers\/([^/]+)\/track-record$/))) {
      const p = this.publishers.find((x) => x.id === m[1]);
      const theirs = this.articles.filter((a) => a.publisher === p.name);
      return this.json(200, { assessments: theirs.length, meanCredibility: theirs.length ? 70 : null,
        meanAttribution: theirs.length ? 80 : null, flagCounts: {},
        recent: theirs.map((a) => ({ articleId: a.articleId, credibility: 70, attribution: 80, flags: [],
          assessedAt: a.indexedAt })) });
    }
    return this.problem(404, 'Not Found', `${method} ${path} is not part of the fake API`);
  }
}
