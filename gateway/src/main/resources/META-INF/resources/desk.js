import { api, ApiProblem, apiKey, setApiKey } from './api.js';
import { clip, day, el, fill, words } from './dom.js';
import { renderReport } from './report.js';

const $ = (id) => document.getElementById(id);

// ---- navigation -------------------------------------------------------------------------------------------------

function show(view) {
  for (const button of document.querySelectorAll('button.nav')) {
    if (button.dataset.view === view) {
      button.setAttribute('aria-current', 'page');
    } else {
      button.removeAttribute('aria-current');
    }
  }
  $('view-check').hidden = view !== 'check';
  $('view-corpus').hidden = view !== 'corpus';
  if (view === 'corpus') {
    loadRecent();
    loadClusters();
    loadPublishers();
  }
}

function notice(message) {
  const box = $('notice');
  box.hidden = !message;
  fill(box, message || '');
}

function problemText(e) {
  if (e instanceof ApiProblem) {
    const p = e.problem;
    const fields = (p.errors || []).map((x) => `${x.field}: ${x.message}`).join('; ');
    return `${p.title}${p.status ? ` (${p.status})` : ''}: ${p.detail || ''}${fields ? ` ${fields}` : ''}`;
  }
  return String(e && e.message ? e.message : e);
}

// ---- checking an article ----------------------------------------------------------------------------------------

const FORM_FIELDS = ['body', 'url', 'title', 'byline', 'publisher', 'publishedAt'];

function clearFieldErrors(prefix, fields) {
  for (const field of fields) {
    const error = $(`${prefix}-${field}-error`);
    if (error) {
      error.textContent = '';
      const input = document.querySelector(`[aria-describedby~="${prefix}-${field}-error"]`);
      input?.removeAttribute('aria-invalid');
    }
  }
}

/** Puts each problem error next to its input; the API's "text"/"html" fields are the one body textarea. */
function showFieldErrors(prefix, errors, aliases = {}) {
  let first = null;
  for (const [field, message] of Object.entries(errors)) {
    const name = aliases[field] || field;
    const error = $(`${prefix}-${name}-error`);
    if (!error) {
      continue;
    }
    error.textContent = message;
    const input = document.querySelector(`[aria-describedby~="${prefix}-${name}-error"]`);
    input?.setAttribute('aria-invalid', 'true');
    first = first || input;
  }
  first?.focus();
  return first !== null;
}

/**
 * The article as the API takes it. The API needs a url (with the content, it is the article's identity); an editor
 * may leave it blank, so a pasted article without one is named by its content, urn:sha256:<hash of the text>: the
 * same paste is then the same article.
 */
async function articleRequest() {
  const body = $('f-body').value;
  const format = document.querySelector('input[name=format]:checked').value;
  const request = {};
  for (const [key, id] of [['url', 'f-url'], ['title', 'f-title'], ['byline', 'f-byline'],
    ['publisher', 'f-publisher'], ['publishedAt', 'f-date']]) {
    const value = $(id).value.trim();
    if (value) {
      request[key] = value;
    }
  }
  request[format] = body;
  if (!request.url && body.trim() && globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
    request.url = 'urn:sha256:' + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  return { request, format, body };
}

async function submitArticle(event) {
  event.preventDefault();
  notice('');
  clearFieldErrors('f', FORM_FIELDS);
  const { request, format, body } = await articleRequest();
  if (!body.trim()) {
    showFieldErrors('f', { body: 'Paste the article text or HTML, or pick a file.' });
    return;
  }
  const add = document.querySelector('input[name=mode]:checked').value === 'add';
  const status = $('form-status');
  const submit = $('submit');
  submit.disabled = true;
  status.textContent = add ? 'Adding to the corpus…' : 'Checking…';
  try {
    const response = add ? await api.addArticle(request) : await api.checkArticle(request);
    const report = response.body;
    status.textContent = add
        ? (response.status === 201 ? 'Added to the corpus.' : 'Already in the corpus; showing its report.')
        : 'Checked; nothing was stored.';
    let text = null;
    let textNote;
    if (format === 'text') {
      // For a text submission the offsets refer to exactly the text that was sent.
      text = body;
    } else if (add) {
      text = (await api.article(report.articleId)).text;
    } else {
      textNote = 'No in-text highlighting: for HTML the server extracts the text itself, and a check that stores '
          + 'nothing cannot return that text. Choose “add to corpus” to see the highlights.';
    }
    showReport(report, text, textNote);
  } catch (e) {
    status.textContent = '';
    if (e instanceof ApiProblem) {
      showFieldErrors('f', e.fieldErrors(), { text: 'body', html: 'body' });
    }
    notice(problemText(e));
  } finally {
    submit.disabled = false;
  }
}

function showReport(report, text, textNote) {
  $('report-empty').hidden = true;
  const body = $('report-body');
  body.hidden = false;
  renderReport(body, report, { text, textNote, openReport });
  $('report').focus();
}

/** Shows the current report of a stored article, with its stored text for the highlights. */
async function openReport(articleId) {
  notice('');
  show('check');
  try {
    const [report, article] = await Promise.all([api.report(articleId), api.article(articleId)]);
    showReport(report, article.text, null);
  } catch (e) {
    notice(problemText(e));
  }
}

async function pickFile() {
  const file = $('f-file').files[0];
  if (!file) {
    return;
  }
  const content = await file.text();
  $('f-body').value = content;
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*</.test(content);
  document.querySelector(`input[name=format][value=${html ? 'html' : 'text'}]`).checked = true;
  $('form-status').textContent = `Loaded ${file.name} as ${html ? 'HTML' : 'plain text'}.`;
}

// ---- corpus browser ---------------------------------------------------------------------------------------------

function table(id, headings, rows) {
  return el('table', { id },
      el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows));
}

async function loadRecent() {
  const box = $('recent');
  try {
    const articles = await api.recentArticles(50);
    fill(box, articles.length ? table('recent-table', ['Article', 'Publisher', 'Published', 'Cluster'],
        articles.map((a) => el('tr', {},
            el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => openReport(a.articleId) },
                clip(a.title || a.url || a.articleId))),
            el('td', {}, clip(a.publisher) || 'unknown'),
            el('td', {}, day(a.publishedAt)),
            el('td', {}, a.clusterId
                ? el('button', { type: 'button', class: 'link', onclick: () => openCluster(a.clusterId) },
                    'show', el('span', { class: 'visually-hidden' }, ` cluster of ${clip(a.title || a.url)}`))
                : '–')))) : el('p', { class: 'hint' }, 'The corpus is empty.'));
  } catch (e) {
    fill(box, el('p', { class: 'warning' }, problemText(e)));
  }
}

async function loadClusters() {
  const box = $('clusters');
  try {
    const clusters = await api.clusters(50);
    fill(box, clusters.length ? table('clusters-table', ['Origin', 'Size', ''],
        clusters.map((c) => el('tr', {},
            el('td', {}, c.origin ? `${clip(c.origin.publisher) || 'unknown'} (${day(c.origin.publishedAt)})` : '–',
                el('span', { class: 'url' }, clip(c.origin?.url))),
            el('td', { class: 'num' }, String(c.size)),
            el('td', {}, el('button', { type: 'button', onclick: () => openCluster(c.clusterId) }, 'Members',
                el('span', { class: 'visually-hidden' }, ` of the cluster from ${clip(c.origin?.publisher)}`))))))
        : el('p', { class: 'hint' }, 'No clusters yet.'));
  } catch (e) {
    fill(box, el('p', { class: 'warning' }, problemText(e)));
  }
}

async function openCluster(clusterId) {
  show('corpus');
  const box = $('cluster-detail');
  try {
    const c = await api.cluster(clusterId);
    fill(box, el('h4', { id: 'cluster-heading', tabindex: '-1' }, `Cluster of ${c.size}`),
        el('p', {}, 'Origin: ', c.origin
            ? el('button', { type: 'button', class: 'link', onclick: () => openReport(c.origin.articleId) },
                `${clip(c.origin.publisher) || 'unknown'} — ${clip(c.origin.url)} (${day(c.origin.publishedAt)})`)
            : 'unknown'),
        el('ul', { id: 'cluster-members', class: 'members' }, (c.members || []).map((m) => el('li', {},
            c.origin && m.articleId === c.origin.articleId ? el('span', { class: 'flag' }, 'origin') : '',
            el('button', { type: 'button', class: 'link', onclick: () => openReport(m.articleId) },
                `${clip(m.publisher) || 'unknown'} — ${clip(m.url)} (${day(m.publishedAt)})`)))));
    $('cluster-heading').focus();
  } catch (e) {
    fill(box, el('p', { class: 'warning' }, problemText(e)));
  }
}

// ---- publisher registry ------------------------------------------------------------------------------------------

const PUBLISHER_FIELDS = ['name', 'kind', 'aliases', 'domains'];
const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);

async function loadPublishers() {
  const box = $('publishers');
  try {
    const publishers = await api.publishers($('p-q').value.trim());
    fill(box, publishers.length ? table('publishers-table', ['Name', 'Kind', 'Aliases', 'Domains', ''],
        publishers.map((p) => el('tr', {},
            el('td', {}, p.name), el('td', {}, words(p.kind)),
            el('td', {}, (p.aliases || []).join(', ')), el('td', {}, (p.domains || []).join(', ')),
            el('td', { class: 'actions' },
                el('button', { type: 'button', onclick: () => editPublisher(p) }, 'Edit',
                    el('span', { class: 'visually-hidden' }, ` ${p.name}`)),
                el('button', { type: 'button', onclick: () => trackRecord(p) }, 'Track record',
                    el('span', { class: 'visually-hidden' }, ` of ${p.name}`)),
                el('button', { type: 'button', class: 'danger', onclick: () => deletePublisher(p) }, 'Delete',
                    el('span', { class: 'visually-hidden' }, ` ${p.name}`))))))
        : el('p', { class: 'hint' }, 'No publisher matches.'));
  } catch (e) {
    fill(box, el('p', { class: 'warning' }, problemText(e)));
  }
}

function editPublisher(p) {
  const form = $('publisher-form');
  clearFieldErrors('p', PUBLISHER_FIELDS);
  $('publisher-status').textContent = '';
  $('p-id').value = p ? p.id : '';
  $('p-name').value = p ? p.name : '';
  $('p-kind').value = p ? p.kind : 'NEWSPAPER';
  $('p-aliases').value = p ? (p.aliases || []).join(', ') : '';
  $('p-domains').value = p ? (p.domains || []).join(', ') : '';
  $('publisher-form-heading').textContent = p ? `Edit ${p.name}` : 'New publisher';
  form.hidden = false;
  $('p-name').focus();
}

async function savePublisher(event) {
  event.preventDefault();
  clearFieldErrors('p', PUBLISHER_FIELDS);
  const id = $('p-id').value;
  const body = { name: $('p-name').value.trim(), kind: $('p-kind').value, aliases: list($('p-aliases').value),
    domains: list($('p-domains').value) };
  if (!body.name) {
    showFieldErrors('p', { name: 'A publisher needs a name.' });
    return;
  }
  try {
    if (id) {
      await api.updatePublisher(id, body);
    } else {
      await api.createPublisher(body);
    }
    $('publisher-form').hidden = true;
    $('publisher-status').textContent = '';
    await loadPublishers();
    fill($('track-record'), el('p', { role: 'status' }, `Saved ${body.name}.`));
  } catch (e) {
    if (!(e instanceof ApiProblem) || !showFieldErrors('p', e.fieldErrors())) {
      $('publisher-status').textContent = problemText(e);
    }
  }
}

async function deletePublisher(p) {
  if (!window.confirm(`Delete ${p.name} from the registry?`)) {
    return;
  }
  try {
    await api.deletePublisher(p.id);
    await loadPublishers();
    fill($('track-record'), el('p', { role: 'status' }, `Deleted ${p.name}.`));
  } catch (e) {
    notice(problemText(e));
  }
}

function recentLine(item) {
  if (!item || typeof item !== 'object') {
    return String(item);
  }
  const parts = [item.assessedAt ? day(item.assessedAt) : '', clip(item.url || item.articleId)];
  for (const key of ['credibility', 'attribution']) {
    if (typeof item[key] === 'number') {
      parts.push(`${key} ${item[key]}`);
    }
  }
  if (Array.isArray(item.flags) && item.flags.length) {
    parts.push(item.flags.join(', '));
  }
  return parts.filter(Boolean).join(' · ');
}

async function trackRecord(p) {
  const box = $('track-record');
  try {
    const t = await api.trackRecord(p.id);
    const num = (v) => (typeof v === 'number' ? String(Math.round(v)) : '–');
    fill(box, el('h4', { id: 'track-heading', tabindex: '-1' }, `Track record of ${p.name}`),
        el('p', {}, `${t.assessments} assessed article${t.assessments === 1 ? '' : 's'}, mean credibility `,
            num(t.meanCredibility), ', mean attribution ', num(t.meanAttribution)),
        Object.keys(t.flagCounts || {}).length
            ? el('p', {}, 'Flags: ', Object.entries(t.flagCounts).map(([f, n]) => `${f} ×${n}`).join(', '))
            : el('p', { class: 'hint' }, 'No flags raised.'),
        el('ul', {}, (t.recent || []).map((r) => el('li', {}, r && r.articleId
            ? el('button', { type: 'button', class: 'link', onclick: () => openReport(r.articleId) }, recentLine(r))
            : recentLine(r)))));
    $('track-heading').focus();
  } catch (e) {
    fill(box, el('p', { class: 'warning' }, problemText(e)));
  }
}

// ---- wiring -----------------------------------------------------------------------------------------------------

function init() {
  for (const button of document.querySelectorAll('button.nav')) {
    button.addEventListener('click', () => show(button.dataset.view));
  }
  $('api-key').value = apiKey();
  $('key-status').textContent = apiKey() ? 'key set for this tab' : '';
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    setApiKey($('api-key').value.trim());
    $('key-status').textContent = apiKey() ? 'key set for this tab' : 'no key';
  });
  $('article-form').addEventListener('submit', submitArticle);
  $('f-file').addEventListener('change', pickFile);
  $('recent-refresh').addEventListener('click', loadRecent);
  $('clusters-refresh').addEventListener('click', loadClusters);
  $('publisher-search').addEventListener('submit', (event) => {
    event.preventDefault();
    loadPublishers();
  });
  $('p-new').addEventListener('click', () => editPublisher(null));
  $('p-cancel').addEventListener('click', () => {
    $('publisher-form').hidden = true;
    $('p-new').focus();
  });
  $('publisher-form').addEventListener('submit', savePublisher);
  document.body.dataset.ready = 'true';
}

init();
