// The desk talks to the gateway's public API only, on the same origin as the page.

const KEY_STORAGE = 'wirecheck.apiKey';

/** An API error, carrying the RFC 7807 problem the gateway sent (title, status, detail, errors[{field,message}]). */
export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.problem = problem;
  }

  /** field -> message, for showing next to form inputs. */
  fieldErrors() {
    const byField = {};
    for (const e of this.problem.errors || []) {
      if (e && e.field) {
        byField[e.field] = e.message;
      }
    }
    return byField;
  }
}

export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) || '';
}

export function setApiKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_STORAGE, key);
  } else {
    sessionStorage.removeItem(KEY_STORAGE);
  }
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const key = apiKey();
  if (key) {
    headers['X-API-Key'] = key;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiProblem({ title: 'Gateway unreachable', status: 0, detail: `Cannot reach the gateway: ${e.message}` });
  }
  if (response.status === 204) {
    return { status: 204, body: null };
  }
  const raw = await response.text();
  let parsed = null;
  if (raw) {
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const problem = parsed && typeof parsed === 'object' ? parsed : {};
    throw new ApiProblem({
      title: problem.title || response.statusText || 'Request failed',
      status: problem.status || response.status,
      detail: problem.detail || (parsed ? '' : raw.slice(0, 200)) || `${method} ${path} answered ${response.status}`,
      errors: problem.errors || [],
    });
  }
  return { status: response.status, body: parsed };
}

const enc = encodeURIComponent;

export const api = {
  addArticle: (article) => request('POST', '/api/v1/articles', article),
  checkArticle: (article) => request('POST', '/api/v1/articles/check', article),
  article: (id) => request('GET', `/api/v1/articles/${enc(id)}`).then((r) => r.body),
  report: (id) => request('GET', `/api/v1/articles/${enc(id)}/report`).then((r) => r.body),
  recentArticles: (limit = 50) => request('GET', `/api/v1/articles?limit=${limit}`).then((r) => r.body),
  clusters: (limit = 50) => request('GET', `/api/v1/clusters?limit=${limit}`).then((r) => r.body),
  cluster: (id) => request('GET', `/api/v1/clusters/${enc(id)}`).then((r) => r.body),
  publishers: (q = '') => request('GET', `/api/v1/publishers?q=${enc(q)}`).then((r) => r.body),
  createPublisher: (p) => request('POST', '/api/v1/publishers', p).then((r) => r.body),
  updatePublisher: (id, p) => request('PUT', `/api/v1/publishers/${enc(id)}`, p).then((r) => r.body),
  deletePublisher: (id) => request('DELETE', `/api/v1/publishers/${enc(id)}`),
  trackRecord: (id) => request('GET', `/api/v1/publishers/${enc(id)}/track-record`).then((r) => r.body),
};
