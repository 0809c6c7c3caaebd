// The timeline: events and transfers placed at the date they happened, or at the publication of
// the article when the text gives no date for them.
import { el, placeableDate, statusClass } from './dom.js';
import { t } from './i18n.js';

let timeline = null;

function name(id, label, names) {
  return label ?? names.get(id) ?? id ?? '?';
}

function eventItem(event, names) {
  const happened = placeableDate(event.when);
  const start = happened ?? placeableDate(event.evidence.published);
  if (!start) return null;
  const words = `${event.type} · ${name(event.actor, event.actor_name, names)}${event.target ? ` → ${name(event.target, event.target_name, names)}` : ''}`;
  return {
    id: `event/${event.evidence.article_id}/${event.ordinal}`,
    group: 'events',
    start,
    content: el('span', null, words),
    className: `event status-${statusClass(event.status)}${happened ? '' : ' undated'}`,
    evidence: { article: event.evidence.article_id, spans: [event.evidence] },
  };
}

function transferItem(transfer, names) {
  const published = transfer.evidence[0]?.published;
  const from = placeableDate(transfer.period?.from);
  const start = from ?? placeableDate(published);
  if (!start) return null;
  const to = placeableDate(transfer.period?.to);
  const words = `${name(transfer.supplier, transfer.supplier_name, names)} → ${name(transfer.recipient, transfer.recipient_name, names)}: ${transfer.items.join(', ')}`;
  const item = {
    id: `transfer/${transfer.evidence[0]?.article_id}/${transfer.ordinal}`,
    group: 'transfers',
    start,
    content: el('span', null, words),
    className: `transfer status-${statusClass(transfer.status)}${from ? '' : ' undated'}`,
    evidence: { article: transfer.evidence[0]?.article_id, spans: transfer.evidence },
  };
  if (from && to && to > from) {
    item.end = to;
    item.type = 'range';
  }
  return item;
}

/** Draws the timeline; clicking an item calls onOpen with its article and spans. */
export function drawTimeline(container, events, transfers, names, onOpen) {
  const items = [
    ...events.map((e) => eventItem(e, names)),
    ...transfers.map((x) => transferItem(x, names)),
  ].filter(Boolean);
  // Transfers first: they are the fewer, and the ones the story is about.
  const groups = [
    { id: 'transfers', content: t('transfers'), order: 1 },
    { id: 'events', content: t('events'), order: 2 },
  ];
  if (timeline) timeline.destroy();
  const evidence = new Map(items.map((i) => [i.id, i.evidence]));
  timeline = new vis.Timeline(container, new vis.DataSet(items.map(({ evidence: _, ...item }) => item)), new vis.DataSet(groups), {
    stack: true,
    zoomable: true,
    maxHeight: 560,
    verticalScroll: true,
    groupOrder: 'order',
    orientation: 'top',
  });
  timeline.fit({ animation: false });
  timeline.on('select', ({ items: selected }) => {
    const chosen = evidence.get(selected[0]);
    if (chosen?.article) onOpen(chosen.article, chosen.spans);
  });
  return timeline;
}
