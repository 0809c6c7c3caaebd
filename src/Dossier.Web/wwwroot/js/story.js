// The story card: what the story is (label, articles, dates), then its fused facts, the best
// sourced first, each with how many independent articles carry it and where they disagree.
import { el, clear, statusClass } from './dom.js';
import { t } from './i18n.js';

/** "3 independent source(s)", and the reason the sources disagree when they do. */
export function sourcesNote(fact) {
  if (!fact) return null;
  const note = el('span', 'fact-note', el('span', 'independent', `${fact.independent_sources} ${t('fact.sources')}`));
  if (fact.disagreement) note.append(' ', el('span', 'disagreement', `${t('fact.disagree')}: ${fact.disagreement}`));
  return note;
}

function sourceButton(source, onOpen) {
  const words = [source.source.split('/').pop(), source.published ?? t('published.unknown')];
  const button = el('button', 'source', words.join(' · '));
  button.type = 'button';
  if (source.status) button.append(' ', el('span', `status status-${statusClass(source.status)}`, t(`status.${statusClass(source.status)}`)));
  if (source.quantity) button.append(` ${source.quantity}`);
  const spans = source.start === null || source.start === undefined ? [] : [{ start: source.start, end: source.end }];
  button.addEventListener('click', () => onOpen(source.article_id, spans));
  return button;
}

function factItem(fact, reason, onOpen) {
  const item = el('li', 'fact',
    el('span', 'label', fact.label),
    ' ',
    sourcesNote({ independent_sources: fact.independent_sources, disagreement: reason }));
  item.dataset.fact = fact.id;
  item.dataset.independent = String(fact.independent_sources);
  if (reason) item.classList.add('disputed');
  const sources = el('div', 'fact-sources');
  for (const source of fact.sources) sources.append(sourceButton(source, onOpen));
  item.append(sources);
  return item;
}

/** Fills the card from /api/stories/{id}; hides it when no story is chosen. */
export function drawStory(card, story, onOpen) {
  clear(card);
  card.hidden = !story;
  if (!story) return;
  const { id, label, articles, independent_articles: independent, first_published: first, last_published: last } = story.story;
  card.dataset.story = id;
  const reasons = new Map(story.contradictions.map((c) => [c.fact.id, c.reason]));
  const facts = el('ol', 'facts');
  for (const fact of story.facts) facts.append(factItem(fact, reasons.get(fact.id), onOpen));
  card.append(
    el('h2', null, label),
    el('p', 'story-meta', `${articles} ${t('story.articles')} (${independent} ${t('story.independent')}) · ${first ?? '?'} – ${last ?? '?'}`),
    el('h3', null, t('story.facts')),
    facts);
}
