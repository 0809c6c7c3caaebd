// The claims table: who said what, with the status of the fact the words carry, how many
// independent articles carry the same words (a copy and its original count once), and each of them.
import { el, clear, statusClass } from './dom.js';
import { t } from './i18n.js';
import { sourcesNote } from './story.js';

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

/** The status of the event or transfer whose evidence lies in the quote; else how it was said. */
function statusOf(quote, facts) {
  const span = quote.evidence;
  const fact = facts.find((f) => f.article === span.article_id && f.spans.some((s) => overlaps(s, span)));
  return fact ? fact.status : quote.direct ? 'quoted' : 'reported';
}

function key(quote) {
  return `${quote.speaker_id ?? ''}|${quote.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function drawClaims(table, quotes, events, transfers, onOpen) {
  const facts = [
    ...events.map((e) => ({ article: e.evidence.article_id, spans: [e.evidence], status: e.status })),
    ...transfers.map((x) => ({ article: x.evidence[0]?.article_id, spans: x.evidence, status: x.status })),
  ];
  const claims = new Map();
  for (const quote of quotes) {
    const claim = claims.get(key(quote)) ?? { quote, status: statusOf(quote, facts), sources: [], fact: null };
    claim.sources.push(quote.evidence);
    claim.fact ??= quote.fact;
    claims.set(key(quote), claim);
  }
  const body = table.tBodies[0];
  clear(body);
  for (const { quote, status, sources, fact } of claims.values()) {
    const cell = el('td', 'sources');
    for (const source of sources) {
      const button = el('button', 'source', `${source.source.split('/').pop()} (${source.published ?? t('published.unknown')})`);
      button.type = 'button';
      button.addEventListener('click', () => onOpen(source.article_id, [source]));
      cell.append(button);
    }
    const row = el('tr', 'claim',
      el('td', 'speaker', quote.speaker ?? t('unattributed')),
      el('td', 'words', quote.text),
      el('td', null, el('span', `status status-${statusClass(status)}`, t(`status.${statusClass(status)}`))),
      el('td', 'independent', sourcesNote(fact) ?? t('unattributed')),
      cell);
    row.dataset.count = String(sources.length);
    body.append(row);
  }
}
