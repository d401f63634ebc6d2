// Browser test of the newsroom desk page, driving Debian's Chromium with playwright-core.
//
//   node desk.test.mjs                 page logic only: serves the page from the gateway's resources and answers
//                                      the API with an in-test fake (fake-gateway.mjs)
//   node desk.test.mjs <gatewayUrl>    the same page-logic checks against the page the gateway serves, then the
//                                      real scenario against the running stack: post an original, submit a reprint
//
// Exits non-zero when any check fails. Screenshots go to system-tests/target/.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { FakeGateway } from './fake-gateway.mjs';
import { CREDIT, DARI, ORIGINAL, REPRINT, SPEAKERS, SPUN } from './fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pageDir = resolve(here, '../../../../gateway/src/main/resources/META-INF/resources');
const targetDir = resolve(here, '../../../target');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const gateway = process.argv[2] ? process.argv[2].replace(/\/$/, '') : null;
const VIEWPORT = { width: 1366, height: 768 };

if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: install it with "apt-get install -y chromium" `
      + '(or point CHROMIUM at a Chromium binary).');
  process.exit(2);
}
mkdirSync(targetDir, { recursive: true });

// ---- serving the page without the gateway -----------------------------------------------------------------------

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function servePage() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = normalize(join(pageDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(pageDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---- helpers ----------------------------------------------------------------------------------------------------

async function openDesk(browser, base, fake) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => d.accept());
  if (fake) {
    await page.route('**/api/v1/**', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const answer = fake.handle({ method: request.method(), path: url.pathname, query: url.searchParams,
        body: request.postData() ? JSON.parse(request.postData()) : undefined });
      await route.fulfill(answer);
    });
  }
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready=true]');
  return { page, context, pageErrors };
}

async function submit(page, article, { mode = 'check', format = 'text', body } = {}) {
  await page.fill('#f-body', body ?? article.text);
  await page.check(`input[name=format][value=${format}]`);
  await page.fill('#f-url', article.url || '');
  await page.fill('#f-title', article.title || '');
  await page.fill('#f-byline', article.byline || '');
  await page.fill('#f-publisher', article.publisher || '');
  await page.fill('#f-date', article.publishedAt || '');
  await page.check(`input[name=mode][value=${mode}]`);
  await page.click('#submit');
}

/** The text of each mark of a class inside a container, with the inserted label tags left out. */
function markTexts(page, selector) {
  return page.$$eval(selector, (marks) => marks.map((m) => {
    const copy = m.cloneNode(true);
    copy.querySelectorAll('.tag').forEach((t) => t.remove());
    return copy.textContent;
  }));
}

/** Joins the pieces of each numbered passage (a passage is cut where a quote starts or ends inside it). */
async function passagesIn(page, pane) {
  return page.$$eval(`#${pane} mark.passage`, (marks) => {
    const byNumber = new Map();
    for (const m of marks) {
      const copy = m.cloneNode(true);
      copy.querySelectorAll('.tag').forEach((t) => t.remove());
      byNumber.set(m.dataset.passage, (byNumber.get(m.dataset.passage) || '') + copy.textContent);
    }
    return [...byNumber.entries()];
  });
}

/** Text/background pairs below WCAG AA contrast (4.5:1, or 3:1 for large text) among visible text. */
function contrastFailures(page) {
  return page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (node) => {
      for (let n = node; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
          return c.slice(0, 3);
        }
      }
      return [255, 255, 255];
    };
    const failures = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const node = t.parentElement;
      if (!t.textContent.trim() || seen.has(node) || !node.checkVisibility() || node.closest('.visually-hidden')) {
        continue;
      }
      seen.add(node);
      const style = getComputedStyle(node);
      const a = lum(rgb(style.color).slice(0, 3));
      const b = lum(background(node));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        failures.push(`${ratio.toFixed(2)}:1 "${t.textContent.trim().slice(0, 30)}" (${node.tagName}.${node.className})`);
      }
    }
    return failures;
  });
}

const results = [];

async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split('\n').slice(0, 6).join('\n     ')}`);
  }
}

// ---- the checks -------------------------------------------------------------------------------------------------

async function pageLogic(browser, base) {
  const fake = new FakeGateway(SPEAKERS);

  await test('fake API: a reprint is linked to its origin, with passages and quotes highlighted', async () => {
    const { page, context, pageErrors } = await openDesk(browser, base, fake);
    await submit(page, ORIGINAL, { mode: 'add' });
    await page.waitForSelector('#provenance-badge');
    assert.equal(await page.textContent('#form-status'), 'Added to the corpus.');
    assert.equal(await page.textContent('#provenance-badge'), 'ORIGINAL');

    await submit(page, REPRINT, { mode: 'check' });
    await page.waitForFunction(() => document.querySelector('#provenance-badge')?.textContent !== 'ORIGINAL');
    assert.equal(await page.textContent('#provenance-badge'), 'CREDITED_REPRINT');
    assert.match(await page.textContent('#origin'), new RegExp(ORIGINAL.url.replaceAll('.', '\\.')));
    await page.waitForSelector('#sbs-other mark.passage');

    const ours = await passagesIn(page, 'sbs-this');
    const theirs = await passagesIn(page, 'sbs-other');
    assert.deepEqual(ours.map(([, t]) => t), REPRINT.copiedParagraphs, 'passages in this article');
    assert.deepEqual(theirs, ours, 'the other side marks the same passages under the same numbers');
    const labels = await page.$$eval('#sbs-other mark.passage > .tag', (tags) => tags.map((t) => t.textContent));
    assert.deepEqual(labels, ['§1', '§2', '§3']);

    const speakers = await page.$$eval('#article-text mark.quote > .tag', (tags) => tags.map((t) => t.textContent));
    assert.deepEqual(speakers, SPEAKERS, 'each quote carries its speaker');
    const credit = await markTexts(page, '#article-text mark.credit');
    assert.equal(credit.length, 1);
    assert.ok(CREDIT.includes(credit[0]) && credit[0].includes(ORIGINAL.publisher), `credit mark: ${credit}`);
    assert.match(await page.textContent('#sources'), /Okafor/);
    assert.deepEqual(pageErrors, []);
    await page.screenshot({ path: join(targetDir, 'desk-screenshot-fake.png'), fullPage: true });

    assert.deepEqual(await contrastFailures(page), [], 'contrast below 4.5:1');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        'no horizontal scrolling at 1366×768');

    await page.click('#origin button');
    await page.waitForFunction(() => document.querySelector('#provenance-badge')?.textContent === 'ORIGINAL');
    assert.match(await page.textContent('.article-meta'), new RegExp(ORIGINAL.title));
    await context.close();
  });

  await test('fake API: passage buttons bring a passage into view on both sides', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    await submit(page, REPRINT);
    await page.waitForSelector('#sbs-other mark.passage');
    await page.click('.jump button:has-text("§3")');
    for (const pane of ['sbs-this', 'sbs-other']) {
      const current = await page.$$eval(`#${pane} mark.passage.current`, (m) => m.map((x) => x.dataset.passage));
      assert.ok(current.length > 0 && current.every((n) => n === '3'), `${pane}: ${current}`);
      assert.ok(await page.evaluate((id) => {
        const box = document.getElementById(id).getBoundingClientRect();
        const mark = document.querySelector(`#${id} mark.passage.current`).getBoundingClientRect();
        return mark.top >= box.top && mark.top < box.bottom;
      }, pane), `passage §3 is scrolled into view in ${pane}`);
    }
    await context.close();
  });

  await test('fake API: a partial report names the service that did not answer', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    fake.dedupDown = true;
    try {
      await submit(page, REPRINT);
      await page.waitForSelector('#degraded');
      assert.match(await page.textContent('#degraded'), /dedup did not answer/);
      assert.equal(await page.textContent('#provenance-badge'), 'PROVENANCE UNKNOWN');
      assert.match(await page.textContent('#report-body'), /Unknown: the duplicate check did not answer/);
      assert.equal(await page.locator('#article-text mark.quote').count(), 2, 'sourcing still shown');
    } finally {
      fake.dedupDown = false;
    }
    await context.close();
  });

  await test('fake API: signal evidence is highlighted on demand', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    await submit(page, REPRINT);
    await page.waitForSelector('#signals');
    assert.equal(await page.locator('#article-text mark.evidence').count(), 0);
    const button = page.locator('#signals button', { hasText: 'Highlight' });
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const evidence = await markTexts(page, '#article-text mark.evidence');
    assert.equal(evidence.length, 2);
    assert.ok(evidence.every((t) => t.startsWith('"') && t.endsWith('"')), evidence.join(' | '));
    await button.click();
    assert.equal(await page.locator('#article-text mark.evidence').count(), 0);
    await context.close();
  });

  await test('fake API: check-only HTML shows the report and says why nothing is highlighted', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    const html = `<article><p>${REPRINT.text.split('\n\n').join('</p><p>')}</p></article>`;
    await submit(page, { ...REPRINT, url: `${REPRINT.url}?html` }, { format: 'html', body: html });
    await page.waitForSelector('#provenance-badge');
    assert.match(await page.textContent('#article-text'), /No in-text highlighting/);
    assert.equal(await page.locator('#article-text mark').count(), 0);

    await submit(page, { ...REPRINT, url: `${REPRINT.url}?html` }, { format: 'html', body: html, mode: 'add' });
    await page.waitForSelector('#article-text mark.quote');
    assert.deepEqual(await page.$$eval('#article-text mark.quote > .tag', (t) => t.map((x) => x.textContent)),
        SPEAKERS);
    await context.close();
  });

  await test('fake API: a problem+json error is shown next to its field', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    await submit(page, { ...ORIGINAL, url: 'not a url' });
    await page.waitForSelector('#notice:not([hidden])');
    assert.equal(await page.textContent('#f-url-error'), 'url must be an absolute URI (https://… or urn:…)');
    assert.equal(await page.getAttribute('#f-url', 'aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-url');
    await page.fill('#f-body', '   ');
    await page.click('#submit');
    assert.match(await page.textContent('#f-body-error'), /Paste the article/);
    await context.close();
  });

  await test('fake API: keyboard only, from the text box to the report', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.focus('#f-body');
    await page.keyboard.insertText(REPRINT.text);
    let steps = 0;
    while (await page.evaluate(() => document.activeElement.id) !== 'submit') {
      await page.keyboard.press('Tab');
      assert.ok(++steps < 25, 'the submit button is reachable with Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('#provenance-badge');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'report', 'focus moves to the report');
    const outline = await page.evaluate(() => {
      document.querySelector('#duplicates button').focus();
      return getComputedStyle(document.activeElement).outlineStyle;
    });
    assert.notEqual(outline, 'none', 'focused buttons show a focus ring');
    await context.close();
  });

  await test('fake API: corpus browser lists articles and clusters, edits the publisher registry', async () => {
    const { page, context, pageErrors } = await openDesk(browser, base, fake);
    await submit(page, REPRINT, { mode: 'add' });
    await page.waitForSelector('#provenance-badge');
    // An article another tool posted with a 100,000-character title, one unbroken word: listed, clipped, and the
    // table stays within the page.
    const longTitle = 'T'.repeat(100000);
    fake.handle({ method: 'POST', path: '/api/v1/articles', query: new URLSearchParams(),
      body: { ...ORIGINAL, url: `${ORIGINAL.url}-long-title`, publisher: 'Long Title Wire', title: longTitle } });
    await page.click('button.nav[data-view=corpus]');
    await page.waitForSelector('#recent-table');
    const clipped = await page.textContent('#recent-table tr:has-text("TTTT") button');
    assert.ok(clipped.length <= 300 && clipped.endsWith('…') && longTitle.startsWith(clipped.slice(0, -1)),
        `the long title is clipped: ${clipped.length} chars`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
        'no table wider than the page');
    assert.match(await page.textContent('#recent-table'), /Elm Street bridge to close to cars/);
    assert.match(await page.textContent('#recent-table'), /Riverton to close Elm Street bridge/);
    await page.waitForSelector('#clusters-table');
    await page.click('#clusters-table button');
    await page.waitForSelector('#cluster-members');
    const members = await page.textContent('#cluster-members');
    assert.match(await page.textContent('#cluster-members li:has(.flag)'), new RegExp(ORIGINAL.url));
    assert.match(members, /Valley Courier/);

    const hostile = '<img src=x onerror="window.__xss=1">Riverside Post';
    await page.click('#p-new');
    await page.fill('#p-name', hostile);
    await page.selectOption('#p-kind', 'NEWSPAPER');
    await page.fill('#p-aliases', 'RP, The Post');
    await page.fill('#p-domains', 'riverside-post.example');
    await page.click('#publisher-form button[type=submit]');
    await page.waitForSelector(`#publishers-table td:text-is('${hostile}')`);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'names are shown as text, never as markup');
    assert.deepEqual(fake.publishers.at(-1).aliases, ['RP', 'The Post']);

    const row = page.locator('#publishers-table tr', { hasText: 'Riverside Post' });
    await row.locator('button', { hasText: 'Edit' }).click();
    await page.selectOption('#p-kind', 'BLOG');
    await page.click('#publisher-form button[type=submit]');
    await page.waitForSelector('#publishers-table td:text-is("blog")');
    assert.equal(fake.publishers.at(-1).kind, 'BLOG');

    await page.click('#p-new');
    await page.click('#publisher-form button[type=submit]');
    assert.equal(await page.textContent('#p-name-error'), 'A publisher needs a name.');
    await page.click('#p-cancel');

    await page.locator('#publishers-table tr', { hasText: 'Northgate Press' }).locator('button',
        { hasText: 'Track record' }).click();
    await page.waitForSelector('#track-heading');
    assert.match(await page.textContent('#track-record'), /1 assessed article/);

    await page.locator('#publishers-table tr', { hasText: 'Riverside Post' }).locator('button',
        { hasText: 'Delete' }).click();
    await page.waitForFunction(() => !document.querySelector('#publishers-table')?.textContent.includes('Riverside'));
    assert.equal(fake.publishers.length, 1);

    await page.locator('#recent-table button', { hasText: 'Elm Street bridge to close to cars' }).first().click();
    await page.waitForSelector('#sbs-other mark.passage');
    assert.equal(await page.textContent('#provenance-badge'), 'CREDITED_REPRINT');
    assert.deepEqual(await contrastFailures(page), []);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  await test('fake API: the API key is kept for the tab and sent as X-API-Key', async () => {
    const { page, context } = await openDesk(browser, base, fake);
    const seen = [];
    page.on('request', (r) => r.url().includes('/api/v1/') && seen.push(r.headers()['x-api-key']));
    await page.fill('#api-key', 'desk-secret');
    await page.click('#key-form button');
    await submit(page, ORIGINAL);
    await page.waitForSelector('#provenance-badge');
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    assert.equal(await page.inputValue('#api-key'), 'desk-secret');
    assert.ok(seen.length >= 1 && seen.every((k) => k === 'desk-secret'), `keys sent: ${seen}`);
    await context.close();
  });
}

async function gatewayScenario(browser) {
  await test(`gateway ${gateway}: post an original, submit a reprint, see it linked to its origin`, async () => {
    const posted = await fetch(`${gateway}/api/v1/articles`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: ORIGINAL.url,
        publisher: ORIGINAL.publisher, title: ORIGINAL.title, byline: ORIGINAL.byline,
        publishedAt: ORIGINAL.publishedAt, text: ORIGINAL.text }) });
    const answer = await posted.text();
    assert.ok(posted.status === 201 || posted.status === 200, `POST original: ${posted.status} ${answer}`);
    const original = JSON.parse(answer);

    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    await submit(page, REPRINT, { mode: 'add' });
    await Promise.race([page.waitForSelector('#provenance-badge', { timeout: 60000 }),
      page.waitForSelector('#notice:not([hidden])', { timeout: 60000 })]);
    assert.equal(await page.isVisible('#notice'), false, `error: ${await page.textContent('#notice')}`);
    const status = await page.textContent('#provenance-badge');
    console.log(`     gateway says: ${status}, origin: ${await page.textContent('#origin').catch(() => 'none')}`);
    assert.ok(['CREDITED_REPRINT', 'UNCREDITED_COPY', 'EXCERPT'].includes(status), `provenance ${status}`);
    assert.match(await page.textContent('#origin'), new RegExp(ORIGINAL.url.replaceAll('.', '\\.')));
    assert.equal(await page.locator('#origin button').count(), 1);

    await page.waitForSelector('#sbs-other mark.passage', { timeout: 30000 });
    const ours = await passagesIn(page, 'sbs-this');
    const theirs = await passagesIn(page, 'sbs-other');
    assert.ok(ours.length > 0, 'passages highlighted in the reprint');
    assert.deepEqual(theirs.map(([n]) => n), ours.map(([n]) => n), 'same passage numbers on both sides');
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    for (const [n, text] of ours) {
      assert.ok(squash(REPRINT.text).includes(squash(text)), `passage §${n} is reprint text`);
      assert.ok(text.length >= 40, `passage §${n} is a real passage: "${text}"`);
    }
    for (const [n, text] of theirs) {
      assert.ok(squash(ORIGINAL.text).includes(squash(text)), `passage §${n} on the origin side is origin text`);
    }
    const covered = ours.reduce((sum, [, t]) => sum + t.length, 0);
    const copiedLength = REPRINT.copiedParagraphs.join('').length;
    assert.ok(covered >= copiedLength * 0.6, `passages cover ${covered} of ${copiedLength} copied characters`);

    const speakers = await page.$$eval('#article-text mark.quote > .tag', (tags) => tags.map((t) => t.textContent));
    for (const name of SPEAKERS) {
      assert.ok(speakers.some((s) => s.includes(name)), `a quote labelled ${name}; labels: ${speakers.join(', ')}`);
    }
    assert.deepEqual(pageErrors, []);
    await page.screenshot({ path: join(targetDir, 'desk-screenshot.png'), fullPage: true });

    await page.click('#origin button');
    await page.waitForFunction((id) => document.querySelector('#report-body')?.textContent.includes('ORIGINAL')
        || document.querySelector('#notice:not([hidden])'), original.articleId);
    assert.equal(await page.textContent('#provenance-badge'), 'ORIGINAL');
    await context.close();
  });

  await test(`gateway ${gateway}: a spun copy shows the words it swapped next to the passages`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    await submit(page, SPUN, { mode: 'check' });
    await Promise.race([page.waitForSelector('#sbs-swaps', { timeout: 60000 }),
      page.waitForSelector('#notice:not([hidden])', { timeout: 60000 })]);
    assert.equal(await page.isVisible('#notice'), false, `error: ${await page.textContent('#notice')}`);
    assert.match(await page.textContent('#flags'), /SPIN_ARTIFACTS/);
    const swaps = await page.textContent('#sbs-swaps');
    for (const swap of SPUN.swapped) {
      assert.ok(swaps.includes(swap), `"${swap}" listed in: ${swaps}`);
    }
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(await contrastFailures(page), []);
    await context.close();
  });

  await test(`gateway ${gateway}: a Dari article reads right to left and is not given sourcing scores`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    await submit(page, DARI, { mode: 'check' });
    await Promise.race([page.waitForSelector('#flags', { timeout: 60000 }),
      page.waitForSelector('#notice:not([hidden])', { timeout: 60000 })]);
    assert.equal(await page.isVisible('#notice'), false, `error: ${await page.textContent('#notice')}`);
    assert.match(await page.textContent('#flags'), /LANGUAGE_NOT_READ/);
    assert.equal(await page.textContent('#credibility-score'), '–');
    assert.equal(await page.textContent('#attribution-score'), '–');
    assert.equal(await page.$eval('#article-text', (e) => getComputedStyle(e).direction), 'rtl');
    assert.equal(await page.$eval('#f-body', (e) => getComputedStyle(e).direction), 'rtl');
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
}

async function gatewayProblem(browser) {
  await test(`gateway ${gateway}: the gateway's validation problem is shown next to the field it names`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    // HTML with nothing readable in it: the gateway answers 400 naming "html", shown at the article field.
    await submit(page, { ...REPRINT, url: `${REPRINT.url}?empty` },
        { format: 'html', body: '<html><body><script>var tracking = 1;</script></body></html>' });
    await page.waitForSelector('#notice:not([hidden])', { timeout: 30000 });
    assert.match(await page.textContent('#notice'), /400/);
    assert.match(await page.textContent('#f-body-error'), /no readable text/);
    assert.equal(await page.getAttribute('#f-body', 'aria-invalid'), 'true');
    assert.equal(await page.isVisible('#provenance-badge'), false);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  await test(`gateway ${gateway}: an article pasted without a url is checked under a name made from its text`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    await submit(page, { ...REPRINT, url: '' });
    await page.waitForSelector('#provenance-badge', { state: 'visible', timeout: 30000 });
    assert.ok(['ORIGINAL', 'CREDITED_REPRINT', 'UNCREDITED_COPY', 'EXCERPT']
        .includes(await page.textContent('#provenance-badge')));
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
}

async function gatewayHtml(browser) {
  await test(`gateway ${gateway}: HTML added to the corpus is highlighted in the text the gateway extracted`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    const paragraphs = REPRINT.text.split('\n\n').map((p) => `<p>${p.replaceAll('"', '&quot;')}</p>`).join('');
    const html = `<!DOCTYPE html><html><head><title>${REPRINT.title}</title></head><body>`
        + `<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${REPRINT.title}</h1>${paragraphs}`
        + '</article><footer>© Valley Courier</footer></body></html>';
    await submit(page, { ...REPRINT, url: `${REPRINT.url}-html` }, { format: 'html', body: html, mode: 'add' });
    await page.waitForSelector('#provenance-badge', { timeout: 60000 });
    await page.waitForSelector('#article-text mark.quote', { timeout: 30000 });
    const stored = await page.textContent('#article-text');
    assert.ok(!stored.includes('<p>'), 'the highlighted text is the extracted text, not the markup');
    const speakers = await page.$$eval('#article-text mark.quote > .tag', (tags) => tags.map((t) => t.textContent));
    for (const name of SPEAKERS) {
      assert.ok(speakers.some((s) => s.includes(name)), `a quote labelled ${name}; labels: ${speakers.join(', ')}`);
    }
    const quotes = await markTexts(page, '#article-text mark.quote');
    for (const q of quotes) {
      assert.ok(REPRINT.text.includes(q), `highlighted quote "${q}" is article text`);
    }
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
}

async function gatewayCorpus(browser) {
  await test(`gateway ${gateway}: corpus browser and publisher registry on the real services`, async () => {
    const { page, context, pageErrors } = await openDesk(browser, gateway, null);
    await page.click('button.nav[data-view=corpus]');
    await page.waitForSelector('#recent-table', { timeout: 30000 });
    const recent = await page.textContent('#recent-table');
    assert.match(recent, new RegExp(ORIGINAL.title), 'the original is listed');
    await page.waitForSelector('#clusters-table');
    await page.locator('#clusters-table tr', { hasText: ORIGINAL.url }).locator('button').click();
    await page.waitForSelector('#cluster-members');
    const members = await page.textContent('#cluster-members');
    assert.match(await page.textContent('#cluster-members li:has(.flag)'), new RegExp(ORIGINAL.url));
    assert.match(members, new RegExp(REPRINT.publisher));

    // A publisher of this run's own, so the registry's seeded entries are left as they were.
    const name = `Desk Test Gazette ${Date.now()}`;
    await page.click('#p-new');
    await page.fill('#p-name', name);
    await page.selectOption('#p-kind', 'NEWSPAPER');
    await page.fill('#p-aliases', 'DTG');
    await page.fill('#p-domains', 'desk-test-gazette.example');
    await page.click('#publisher-form button[type=submit]');
    await page.fill('#p-q', 'Desk Test Gazette');
    await page.click('#publisher-search button[type=submit]');
    const row = page.locator('#publishers-table tr', { hasText: name });
    await row.waitFor();
    assert.match(await row.textContent(), /newspaper.*DTG.*desk-test-gazette\.example/);
    await row.locator('button', { hasText: 'Edit' }).click();
    await page.selectOption('#p-kind', 'MAGAZINE');
    await page.click('#publisher-form button[type=submit]');
    await page.locator('#publishers-table tr', { hasText: name }).locator('td:text-is("magazine")').waitFor();
    await page.locator('#publishers-table tr', { hasText: name }).locator('button', { hasText: 'Track record' }).click();
    await page.waitForSelector('#track-heading');
    assert.match(await page.textContent('#track-record'), /0 assessed articles/);
    await page.locator('#publishers-table tr', { hasText: name }).locator('button', { hasText: 'Delete' }).click();
    await page.waitForFunction((n) => !document.querySelector('#publishers')?.textContent.includes(n), name);
    assert.equal(await page.isVisible('#notice'), false, await page.textContent('#notice'));
    await page.screenshot({ path: join(targetDir, 'desk-corpus-screenshot.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
});
let server = null;
try {
  if (gateway) {
    await pageLogic(browser, gateway);
    await gatewayScenario(browser);
    await gatewayHtml(browser);
    await gatewayCorpus(browser);
    await gatewayProblem(browser);
  } else {
    server = await servePage();
    await pageLogic(browser, `http://127.0.0.1:${server.address().port}`);
  }
} finally {
  await browser.close();
  server?.close();
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
