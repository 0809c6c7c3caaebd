// The search box: articles containing every word, each with its passage; the words found are
// between [ and ] in the snippet the API returns and are marked here as text.
import { el, clear } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';

function snippet(text) {
  const node = el('p', 'snippet');
  for (const [i, part] of text.split(/[[\]]/).entries()) {
    node.append(i % 2 === 1 ? el('mark', null, part) : document.createTextNode(part));
  }
  return node;
}

export async function search(container, words, onOpen) {
  const hits = await getJson(`/api/search?${new URLSearchParams({ q: words, limit: '50' })}`);
  clear(container);
  container.append(el('h2', null, t('search.results')));
  if (hits.length === 0) container.append(el('p', null, t('search.none')));
  const list = el('ol', 'hits');
  for (const hit of hits) {
    const open = el('button', 'source', hit.title ?? hit.source);
    open.type = 'button';
    open.addEventListener('click', () => onOpen(hit.article_id, []));
    list.append(el('li', 'hit', open, ` ${hit.published ?? ''}`, snippet(hit.snippet)));
  }
  container.append(list);
  container.hidden = false;
}
