// The article panel: the text of one article with the evidence of a fact highlighted.
import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';

const cache = new Map();

async function article(id) {
  if (!cache.has(id)) cache.set(id, getJson(`/api/articles/${encodeURIComponent(id)}`));
  return cache.get(id);
}

/** Sorted, non-overlapping spans inside a text of the given length. */
function normalize(spans, length) {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The text as text nodes, each evidence span in a <mark>. */
export function renderText(container, text, spans) {
  clear(container);
  let at = 0;
  for (const span of normalize(spans, text.length)) {
    if (span.start > at) container.append(document.createTextNode(text.slice(at, span.start)));
    const mark = el('mark', 'evidence', text.slice(span.start, span.end));
    container.append(mark);
    at = span.end;
  }
  if (at < text.length) container.append(document.createTextNode(text.slice(at)));
}

/** Opens an article with the given spans (UTF-16 offsets, as in the record) highlighted. */
export async function openEvidence(articleId, spans = []) {
  const record = await article(articleId);
  const panel = document.getElementById('article-panel');
  document.getElementById('article-title').textContent = record.title ?? record.source;
  const meta = [record.source, record.published ?? t('published.unknown'), record.language].filter(Boolean).join(' · ');
  document.getElementById('article-meta').textContent = meta;
  const text = document.getElementById('article-text');
  renderText(text, record.text, spans);
  panel.dataset.article = articleId;
  panel.hidden = false;
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

export function closeArticle() {
  document.getElementById('article-panel').hidden = true;
}
