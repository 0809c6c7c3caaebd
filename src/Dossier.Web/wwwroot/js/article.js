// The article panel: the text of one article with the evidence of a fact highlighted.
import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';

const cache = new Map();

function cached(path) {
  if (!cache.has(path)) cache.set(path, getJson(path));
  return cache.get(path);
}

const article = (id) => cached(`/api/articles/${encodeURIComponent(id)}`);
const copies = (id) => cached(`/api/articles/${encodeURIComponent(id)}/copies`);

/** An article as a button that opens it: its source and day of publication. */
function articleButton(other) {
  const label = [other.source.split('/').pop(), other.published?.slice(0, 10)].filter(Boolean).join(' · ');
  const button = el('button', 'copy-link', label);
  button.type = 'button';
  button.dataset.article = other.id;
  button.addEventListener('click', () => openEvidence(other.id));
  return button;
}

/**
 * Where the article's text comes from and where it went: the original it copies whole, the
 * articles that copy it, and those it shares paragraphs with (grouped, with how many), so that a
 * reader sees at once whether a report is an independent source.
 */
function drawCopies(container, detail) {
  clear(container);
  const lines = [];
  if (detail.original) lines.push(el('p', 'copy-of', `${t('copies.of')} `, articleButton(detail.original)));
  if (detail.copies.length) lines.push(el('p', 'copied-by', `${t('copies.by')} `, ...detail.copies.map(articleButton)));
  const shared = new Map();
  for (const paragraph of detail.shared_paragraphs) {
    const key = `${paragraph.relation} ${paragraph.other_id}`;
    const group = shared.get(key) ?? { relation: paragraph.relation, other: { id: paragraph.other_id, source: paragraph.other_source }, count: 0 };
    group.count += 1;
    shared.set(key, group);
  }
  for (const group of shared.values()) {
    const relation = group.relation === 'reprints' ? 'copies.reprints' : 'copies.reprinted_by';
    lines.push(el('p', 'shares', `${t(relation)} `, articleButton(group.other), ` (${group.count} ${t('copies.paragraphs')})`));
  }
  container.append(...lines);
  container.hidden = lines.length === 0;
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
  drawCopies(document.getElementById('article-copies'), await copies(articleId));
  panel.dataset.article = articleId;
  panel.hidden = false;
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

export function closeArticle() {
  document.getElementById('article-panel').hidden = true;
}
