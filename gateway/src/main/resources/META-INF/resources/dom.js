// Every piece of text the desk shows goes through text nodes (never innerHTML), so article text, publisher names
// and problem details from the server cannot inject markup.

/**
 * Builds an element. attrs: plain attributes, plus "class", "on<event>" handlers and "dataset" objects;
 * null/undefined/false attributes are left out. Children may be nodes, strings (as text) or arrays of either.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
}

/**
 * Metadata (a title, url or publisher name) as lists and headings show it: at most max characters, the rest cut to
 * "…", so one article posted with a 100,000-character title cannot stretch a table past what a browser can draw.
 * Article text is never clipped.
 */
export function clip(value, max = 300) {
  const s = value === null || value === undefined ? '' : String(value);
  if (s.length <= max) {
    return s;
  }
  // By code points, so an emoji or a supplementary Han character is not cut in half.
  return `${Array.from(s.slice(0, max + 1)).slice(0, max - 1).join('')}…`;
}

/** Replaces the children of a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** "0.8734" -> "87%"; missing values show as an en dash rather than "NaN%". */
export function percent(value) {
  return typeof value === 'number' && Number.isFinite(value) ? `${Math.round(value * 100)}%` : '–';
}

/** Dates as the newsroom reads them (2026-11-20), times dropped; unknown dates say so. */
export function day(value) {
  if (!value) {
    return 'date unknown';
  }
  return String(value).slice(0, 10);
}

/** "UNCREDITED_COPY" -> "uncredited copy". */
export function words(constant) {
  return String(constant || '').toLowerCase().replaceAll('_', ' ');
}
