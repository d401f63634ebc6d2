import { el } from './dom.js';

/**
 * Renders an article text with highlighted ranges, as DOM nodes.
 *
 * Ranges are character offsets into the JavaScript string (what the API returns), half-open [start, end). They may
 * overlap — a quote can sit inside a copied passage — so the text is cut at every range boundary and each piece is
 * wrapped once per range covering it, outermost (earliest start, then longest) first. A range with a label (a quote's
 * speaker, a passage number) gets a visible tag in front of its first piece, so the label is read out by screen
 * readers and visible without hovering.
 *
 * Example: text "ab cd", ranges [{0,5,'passage'}, {3,5,'quote',label:'Ann'}] gives
 * <mark class=passage>ab </mark><mark class=passage><span class=tag>Ann</span><mark class=quote>cd</mark></mark>.
 *
 * @param {string} text the article text the offsets refer to
 * @param {{start:number,end:number,className:string,label?:string,title?:string,data?:object}[]} ranges
 * @returns {DocumentFragment}
 */
export function markedText(text, ranges) {
  const valid = (ranges || [])
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end))
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    let node = document.createTextNode(text.slice(from, to));
    const covering = valid.filter((r) => r.start <= from && r.end >= to);
    // Innermost first, so the outermost range ends up as the outer element.
    for (let k = covering.length - 1; k >= 0; k--) {
      const r = covering[k];
      const mark = el('mark', { class: r.className, title: r.title, dataset: r.data });
      if (r.label && r.start === from) {
        mark.appendChild(el('span', { class: 'tag' }, r.label));
      }
      mark.appendChild(node);
      node = mark;
    }
    fragment.appendChild(node);
  }
  return fragment;
}
