import { api } from './api.js';
import { clip, day, el, fill, percent, words } from './dom.js';
import { markedText } from './text-marks.js';

/** What each flag means, in the words an editor would use. */
const FLAG_MEANING = {
  PAYWALL_TRUNCATED: 'The text stops where a paywall cut it; judge only what is there.',
  SPIN_ARTIFACTS: 'Word swaps typical of automatic rewriting (“spinning”) of someone else’s copy.',
  LOOKALIKE_LETTERS: 'Words written with Cyrillic or Greek letters that look like Latin ones, a trick to pass copied'
    + ' text off as new.',
  OPINION: 'Reads as opinion or commentary rather than reporting.',
  LISTING_PAGE: 'A listing or index page (headlines and teasers), not an article.',
  SOCIAL_MEDIA_SOURCED: 'Relies on social-media posts as sources.',
  ANONYMOUS_ONLY: 'Every source is anonymous.',
  LANGUAGE_NOT_READ: 'Not in English, the only language the sourcing rules read: no scores, quotes or sources were'
    + ' looked for, which says nothing about how well it is sourced.',
};

const STATUS_MEANING = {
  ORIGINAL: 'No earlier copy of this text is known.',
  CREDITED_REPRINT: 'A reprint of an earlier article that credits its origin.',
  UNCREDITED_COPY: 'Copies an earlier article without crediting it.',
  EXCERPT: 'Reuses part of an earlier article.',
};

function describeArticle(a) {
  if (!a) {
    return 'unknown';
  }
  return `${clip(a.publisher) || 'unknown publisher'} — ${clip(a.url || a.articleId)} (${day(a.publishedAt)})`;
}

/**
 * Renders a Report into a container.
 *
 * @param {HTMLElement} container where the report goes (its children are replaced)
 * @param {object} report the Report JSON from the gateway
 * @param {{text: string|null, textNote?: string, openReport: function(string): void}} options text is the article
 *     text the report's offsets refer to, or null when the page does not have it (then textNote says why).
 */
export function renderReport(container, report, options) {
  const text = typeof options.text === 'string' ? options.text : null;
  const state = { evidence: null };
  // dir=auto: a Dari or Pashto article reads right to left, its full stops at the left end of its lines.
  const textPane = el('div', { class: 'article-text', id: 'article-text', tabindex: '0', role: 'region',
    'aria-label': 'Article text with quotes highlighted', dir: 'auto' });
  const drawText = () => {
    if (text === null) {
      fill(textPane, el('p', { class: 'hint' }, options.textNote || 'The article text is not available.'));
      return;
    }
    fill(textPane, markedText(text, textRanges(report, state.evidence)));
  };

  fill(container,
      summary(report, options),
      flags(report),
      duplicates(report, text, options),
      el('section', { class: 'block', 'aria-labelledby': 'quotes-heading' },
          el('h3', { id: 'quotes-heading' }, 'Quotes and sourcing in the text'),
          legend(),
          textPane,
          quoteList(report)),
      sources(report),
      scores(report, text, state, drawText));
  drawText();

  const first = chosenDuplicate(report);
  if (first) {
    showSideBySide(container.querySelector('#side-by-side'), report, first, text);
  }
}

function summary(report, options) {
  const p = report.provenance;
  const status = p ? p.status : null;
  const head = el('section', { class: 'block summary', 'aria-labelledby': 'summary-heading' },
      el('h3', { id: 'summary-heading', class: 'visually-hidden' }, 'Summary'),
      el('p', { class: 'article-meta' },
          el('strong', {}, clip(report.title) || '(untitled)'), ' · ', clip(report.publisher) || 'unknown publisher', ' · ',
          day(report.publishedAt), report.language ? ` · language ${report.language}` : '',
          report.url ? el('span', { class: 'url' }, clip(report.url)) : ''),
      status
          ? el('p', { class: 'provenance' },
              el('span', { class: `badge status-${status}`, id: 'provenance-badge' }, status),
              el('span', {}, STATUS_MEANING[status] || ''))
          : el('p', { class: 'provenance' }, el('span', { class: 'badge status-UNKNOWN', id: 'provenance-badge' },
              'PROVENANCE UNKNOWN'), 'The duplicate check did not answer.'));
  if (report.degraded) {
    head.appendChild(el('p', { class: 'warning', id: 'degraded' }, 'Partial report: ',
        (report.missing || []).join(' and ') || 'a service', ' did not answer; try again later for the rest.'));
  }
  if (p && p.origin) {
    head.appendChild(el('p', { class: 'origin', id: 'origin' }, 'Origin: ',
        el('button', { type: 'button', class: 'link', onclick: () => options.openReport(p.origin.articleId) },
            describeArticle(p.origin))));
  }
  if (report.cluster) {
    const c = report.cluster;
    head.appendChild(el('p', { class: 'cluster' }, `Cluster of ${c.size} article${c.size === 1 ? '' : 's'}`,
        c.origin ? `, earliest: ${describeArticle(c.origin)}` : ''));
  }
  if (p && p.creditedSources && p.creditedSources.length) {
    head.appendChild(el('p', {}, 'Credits: ', p.creditedSources.join(', ')));
  }
  if (p && p.evidence && p.evidence.length) {
    head.appendChild(el('ul', { class: 'evidence' }, p.evidence.map((e) => el('li', {},
        `Copied from ${describeArticle(e.copied)} (${words(e.relation)}, ${percent(e.similarity)} similar, `,
        `${percent(e.share)} of this text): `,
        e.credited ? el('span', { class: 'ok' }, `credited (“${e.creditText || ''}”)`)
            : e.creditedThrough
              ? el('span', { class: 'ok' }, `another reprint of ${describeArticle(e.creditedThrough)}, which is credited`)
              : el('span', { class: 'bad' }, 'not credited')))));
  }
  return head;
}

function flags(report) {
  const list = report.flags || [];
  return el('section', { class: 'block', 'aria-labelledby': 'flags-heading' },
      el('h3', { id: 'flags-heading' }, 'Flags'),
      list.length
          ? el('ul', { class: 'flags', id: 'flags' }, list.map((f) => el('li', {},
              el('span', { class: 'flag' }, f), ' ', FLAG_MEANING[f] || '')))
          : el('p', { class: 'hint' }, 'No flags.'));
}

function chosenDuplicate(report) {
  const dups = report.duplicates || [];
  const originId = report.provenance && report.provenance.origin && report.provenance.origin.articleId;
  return dups.find((d) => d.articleId === originId) || dups[0] || null;
}

function duplicates(report, text, options) {
  const dups = report.duplicates || [];
  const viewer = el('div', { id: 'side-by-side', class: 'side-by-side', 'aria-live': 'polite' });
  const section = el('section', { class: 'block', 'aria-labelledby': 'dups-heading' },
      el('h3', { id: 'dups-heading' }, `Duplicates (${dups.length})`));
  if (!dups.length) {
    section.appendChild(el('p', { class: 'hint' }, report.missing && report.missing.includes('dedup')
        ? 'Unknown: the duplicate check did not answer.' : 'No copies of this text are known.'));
    return section;
  }
  section.appendChild(el('table', { id: 'duplicates' },
      el('thead', {}, el('tr', {}, ['Publisher', 'Published', 'Relation', 'Similarity', 'Shared text', 'Passages', '']
          .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, dups.map((d) => el('tr', {},
          el('td', {}, clip(d.publisher) || 'unknown', el('span', { class: 'url' }, clip(d.url))),
          el('td', {}, day(d.publishedAt), d.earlier ? el('span', { class: 'hint' }, ' (earlier)') : ''),
          el('td', { class: 'relation' }, words(d.relation)),
          el('td', { class: 'num' }, percent(d.similarity)),
          el('td', { class: 'num' }, d.containment
              ? `${percent(d.containment.thisInOther)} of this / ${percent(d.containment.otherInThis)} of theirs`
              : '–'),
          el('td', { class: 'num' }, String((d.passages || []).length)),
          el('td', {},
              el('button', { type: 'button', onclick: () => showSideBySide(viewer, report, d, text) },
                  'Compare', el('span', { class: 'visually-hidden' }, ` with ${clip(d.publisher || d.url)}`)),
              ' ',
              el('button', { type: 'button', onclick: () => options.openReport(d.articleId) }, 'Report',
                  el('span', { class: 'visually-hidden' }, ` of ${clip(d.publisher || d.url)}`))))))));
  section.appendChild(viewer);
  return section;
}

/** Side-by-side view of the passages two articles share, numbered alike on both sides. */
async function showSideBySide(viewer, report, dup, text) {
  const passages = (dup.passages || []).slice().sort((a, b) => a.start - b.start);
  const heading = el('h4', { id: 'sbs-heading' }, `Matched passages: this article and ${clip(dup.publisher || dup.url)}`);
  fill(viewer, heading, el('p', { class: 'hint' }, `Loading ${clip(dup.url || dup.articleId)}…`));
  let other;
  try {
    other = await api.article(dup.articleId);
  } catch (e) {
    fill(viewer, heading, el('p', { class: 'warning' }, `Cannot load the other article: ${e.message}`));
    return;
  }
  const label = (i) => `§${i + 1}`;
  const ours = passages.map((p, i) => ({ start: p.start, end: p.end, className: 'passage', label: label(i),
    data: { passage: String(i + 1) } }));
  const theirs = passages.map((p, i) => ({ start: p.otherStart, end: p.otherEnd, className: 'passage',
    label: label(i), data: { passage: String(i + 1) } }));
  const pane = (id, title, body) => el('div', { class: 'pane' },
      el('h5', { id: `${id}-title` }, title),
      el('div', { class: 'article-text', id, tabindex: '0', role: 'region', 'aria-labelledby': `${id}-title`,
        dir: 'auto' },
          body));
  // Both panes scroll on their own; these buttons bring one passage into view on both sides at once.
  const jump = (n) => {
    for (const mark of viewer.querySelectorAll('mark.passage.current')) {
      mark.classList.remove('current');
    }
    for (const paneId of ['sbs-this', 'sbs-other']) {
      const marks = viewer.querySelectorAll(`#${paneId} mark.passage[data-passage="${n}"]`);
      marks.forEach((m) => m.classList.add('current'));
      if (marks.length) {
        const box = viewer.querySelector(`#${paneId}`);
        box.scrollTop += marks[0].getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
      }
    }
  };
  fill(viewer, heading,
      el('p', { class: 'hint' }, `${passages.length} shared passage${passages.length === 1 ? '' : 's'}, `,
          `${words(dup.relation)}, ${percent(dup.similarity)} similar. Matching passages carry the same number.`),
      swapList(dup),
      passages.length > 1 ? el('p', { class: 'jump' }, 'Show on both sides: ', passages.map((p, i) =>
          el('button', { type: 'button', onclick: () => jump(i + 1) }, label(i),
              el('span', { class: 'visually-hidden' }, ' passage')))) : '',
      el('div', { class: 'panes' },
          pane('sbs-this', `This article — ${clip(report.publisher || report.url) || 'pasted text'}`,
              text === null ? el('p', { class: 'hint' }, 'This article’s text is not available for highlighting.')
                  : markedText(text, ours)),
          pane('sbs-other', `${clip(other.publisher) || 'unknown'} — ${day(other.publishedAt)}`,
              markedText(other.text || '', theirs))));
}

/** A spun copy's swapped words, the other article's first: the evidence behind SPIN_ARTIFACTS. */
function swapList(dup) {
  const swaps = dup.swaps || [];
  if (!swaps.length) {
    return '';
  }
  const shown = swaps.slice(0, 40);
  return el('p', { class: 'swaps', id: 'sbs-swaps' },
      `Swapped words (${swaps.length}), the other article’s → this one’s: `,
      shown.map((s, i) => el('span', { class: 'swap' }, `${s.otherText} → ${s.text}`,
          i + 1 < shown.length ? ', ' : '')),
      swaps.length > shown.length ? ` and ${swaps.length - shown.length} more` : '');
}

function legend() {
  return el('p', { class: 'legend' },
      el('mark', { class: 'quote' }, 'quote'), ' with its speaker · ',
      el('mark', { class: 'credit' }, 'credit to the origin'), ' · ',
      el('mark', { class: 'evidence' }, 'evidence of the selected signal'));
}

function textRanges(report, evidenceSignal) {
  const ranges = [];
  const attribution = report.attribution;
  for (const q of (attribution && attribution.quotes) || []) {
    ranges.push({ start: q.start, end: q.end, className: 'quote', label: q.speaker || 'unattributed',
      title: q.cue ? `cue: ${q.cue}` : undefined });
  }
  for (const e of (report.provenance && report.provenance.evidence) || []) {
    if (e.credited && Number.isInteger(e.creditStart)) {
      ranges.push({ start: e.creditStart, end: e.creditEnd, className: 'credit' });
    }
  }
  if (evidenceSignal) {
    for (const ev of evidenceSignal.evidence || []) {
      ranges.push({ start: ev.start, end: ev.end, className: 'evidence', label: evidenceSignal.id });
    }
  }
  return ranges;
}

function quoteList(report) {
  const quotes = (report.attribution && report.attribution.quotes) || [];
  if (!quotes.length) {
    return el('p', { class: 'hint' }, report.attribution ? 'No quotes found.' : 'Sourcing analysis unavailable.');
  }
  return el('ol', { class: 'quotes', id: 'quotes' }, quotes.map((q) => el('li', {},
      el('strong', {}, q.speaker || 'unattributed'), q.cue ? ` (${q.cue})` : '', ': “', q.text, '”')));
}

function sources(report) {
  const list = (report.attribution && report.attribution.sources) || [];
  const section = el('section', { class: 'block', 'aria-labelledby': 'sources-heading' },
      el('h3', { id: 'sources-heading' }, 'Sources by kind'));
  if (!list.length) {
    section.appendChild(el('p', { class: 'hint' }, 'No named sources.'));
    return section;
  }
  const byKind = new Map();
  for (const s of list) {
    const kind = s.kind || 'UNKNOWN';
    byKind.set(kind, [...(byKind.get(kind) || []), s]);
  }
  section.appendChild(el('div', { class: 'source-kinds', id: 'sources' }, [...byKind.entries()].map(([kind, items]) =>
      el('div', { class: 'source-kind' },
          el('h4', {}, words(kind), ` (${items.length})`),
          el('ul', {}, items.map((s) => el('li', {}, s.name,
              el('span', { class: 'hint' }, ` ${s.role ? s.role + ', ' : ''}${s.mentions || 0}×`))))))));
  return section;
}

function scoreText(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return '–';
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function scores(report, text, state, drawText) {
  const section = el('section', { class: 'block', 'aria-labelledby': 'scores-heading' },
      el('h3', { id: 'scores-heading' }, 'Scores'),
      el('p', { class: 'scores' },
          'Credibility ', el('strong', { id: 'credibility-score' }, scoreText(report.credibility?.score)),
          ' · Attribution ', el('strong', { id: 'attribution-score' }, scoreText(report.attribution?.score)),
          el('span', { class: 'hint' }, ' (0–100, higher is better sourced)')));
  const signals = (report.credibility && report.credibility.signals) || [];
  if (!signals.length) {
    section.appendChild(el('p', { class: 'hint' }, report.credibility ? 'No signals.'
        : 'Credibility analysis unavailable.'));
    return section;
  }
  const buttons = [];
  section.appendChild(el('table', { id: 'signals' },
      el('thead', {}, el('tr', {}, ['Signal', 'Value', 'Weight', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, signals.map((s) => {
        const evidence = s.evidence || [];
        let cell;
        if (!evidence.length) {
          cell = el('span', { class: 'hint' }, 'none');
        } else {
          const button = el('button', { type: 'button', 'aria-pressed': 'false', disabled: text === null,
            onclick: () => {
              state.evidence = state.evidence === s ? null : s;
              for (const b of buttons) {
                b.setAttribute('aria-pressed', String(state.evidence !== null && b === button));
              }
              drawText();
              document.getElementById('article-text')?.scrollIntoView({ block: 'nearest' });
            } }, `Highlight ${evidence.length}`, el('span', { class: 'visually-hidden' }, ` for ${s.id}`));
          buttons.push(button);
          cell = el('span', {}, button, ' ',
              el('span', { class: 'snippets' }, evidence.map((e) => e.text).join(' · ')));
        }
        return el('tr', {}, el('td', {}, words(s.id)), el('td', { class: 'num' }, scoreText(s.value)),
            el('td', { class: 'num' }, scoreText(s.weight)), el('td', {}, cell));
      }))));
  return section;
}
