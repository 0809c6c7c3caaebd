// The story view: one story (or all articles) and optionally one entity, drawn as a timeline, a
// map, a graph and a table of claims; every fact opens the article with its evidence highlighted
// and says how many independent sources carry it.
import { el, clear } from './dom.js';
import { getAll, getJson, scope } from './api.js';
import { apply, setLanguage, t } from './i18n.js';
import { openEvidence, closeArticle } from './article.js';
import { drawTimeline } from './timeline.js';
import { drawMap } from './map.js';
import { drawGraph } from './graph.js';
import { drawClaims } from './claims.js';
import { search } from './search.js';
import { drawStory } from './story.js';

const query = new URLSearchParams(location.search);
const page = { story: query.get('story'), focus: query.get('entity') ?? '', names: new Map(), data: null };
window.dossierPage = page;

function say(key) {
  document.getElementById('status').textContent = t(key);
}

function kindLabel(kind) {
  return kind === 'TRANSFER' ? t('TRANSFER') : kind;
}

async function loadNames() {
  const entities = await getJson('/api/entities?limit=500');
  for (const entity of entities.items) page.names.set(entity.id, entity.name);
  const select = document.getElementById('focus');
  for (const entity of entities.items.filter((e) => ['GPE', 'PERSON', 'ORG'].includes(e.type)).slice(0, 80)) {
    select.append(new Option(`${entity.name} (${entity.articles})`, entity.id));
  }
  select.value = page.focus;
}

/**
 * The story picker: every story with its article count and dates. Without a story in the
 * address, the page opens on the story told by the most independent articles (the demo's).
 */
async function loadStories() {
  const stories = await getAll('/api/stories');
  const select = document.getElementById('story');
  for (const story of stories) {
    const span = [story.first_published, story.last_published].map((d) => d?.slice(0, 10) ?? '?').join(' – ');
    select.append(new Option(`${story.label} (${story.articles}, ${span})`, story.id));
  }
  if (page.story === null) {
    const told = [...stories].sort((a, b) => b.independent_articles - a.independent_articles)[0];
    page.story = page.focus || !told ? '' : told.id;
  }
  select.value = page.story;
}

/** One story alone comes in one answer; with an entity too, the lists are asked for both. */
async function loadRows() {
  if (page.story && !page.focus) {
    const story = await getJson(`/api/stories/${encodeURIComponent(page.story)}`);
    return { story, events: story.events.items, transfers: story.transfers.items, quotes: story.claims.items, relations: story.graph, places: story.places };
  }
  const filter = scope(page.story, page.focus);
  const [story, events, transfers, quotes, relations, places] = await Promise.all([
    page.story ? getJson(`/api/stories/${encodeURIComponent(page.story)}`) : null,
    getAll('/api/events', filter),
    getAll('/api/transfers', filter),
    getAll('/api/quotes', filter),
    getJson(`/api/relations?${new URLSearchParams(filter)}`),
    getJson(`/api/places?${new URLSearchParams(scope(page.story, ''))}`),
  ]);
  return { story, events, transfers, quotes, relations, places };
}

async function load() {
  const { story, events, transfers, quotes, relations, places } = await loadRows();
  const inStory = new Set([...events.flatMap((e) => [e.actor, e.target, e.where]), ...transfers.flatMap((x) => [x.supplier, x.recipient, ...x.route])]);
  for (const place of places) {
    place.inStory = inStory.has(place.id);
    if (!page.names.has(place.id)) page.names.set(place.id, place.name);
  }
  page.data = { story, events, transfers, quotes, relations, places };
}

async function drawEntityCard() {
  const card = document.getElementById('entity-card');
  clear(card);
  card.hidden = !page.focus;
  if (!page.focus) return;
  const detail = await getJson(`/api/entities/${encodeURIComponent(page.focus)}`);
  const most = Math.max(1, ...detail.mentions_by_month.map((m) => m.mentions));
  const months = el('div', 'months');
  for (const month of detail.mentions_by_month) {
    const bar = el('div', null);
    bar.style.height = `${Math.round((month.mentions / most) * 100)}%`;
    bar.title = `${month.month}: ${month.mentions}`;
    months.append(bar);
  }
  const all = el('button', null, t('entity.clear'));
  all.type = 'button';
  all.addEventListener('click', () => focus(''));
  card.append(
    el('h2', null, `${detail.entity.name} (${detail.entity.type})`),
    el('p', null, `${detail.entity.articles} ${t('entity.articles')} · ${detail.entity.mentions} ${t('entity.mentions')}`),
    months,
    all);
}

async function draw() {
  const { story, events, transfers, quotes, relations, places } = page.data;
  drawStory(document.getElementById('story-card'), story, openEvidence);
  page.timeline = drawTimeline(document.getElementById('timeline'), events, transfers, page.names, openEvidence);
  page.graph = drawGraph(document.getElementById('graph'), relations, page.names, kindLabel, focus);
  drawClaims(document.getElementById('claims'), quotes, events, transfers, openEvidence);
  page.map = await drawMap(document.getElementById('map'), places, transfers, page.names, openEvidence);
  await drawEntityCard();
}

async function focus(entity) {
  page.focus = entity;
  document.getElementById('focus').value = entity;
  remember('entity', entity);
  await show();
}

async function choose(story) {
  page.story = story;
  document.getElementById('story').value = story;
  remember('story', story);
  await show();
}

/** Keeps the choice in the address, so that a reload or a shared link shows the same view. */
function remember(name, value) {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  if (!value && name === 'entity') url.searchParams.delete(name);
  history.replaceState(null, '', url);
}

async function show() {
  document.body.dataset.ready = 'false';
  say('loading');
  try {
    await load();
    await draw();
    say('ready');
    document.body.dataset.ready = 'true';
  } catch (error) {
    say('failed');
    console.error(error);
  }
}

function wire() {
  document.getElementById('focus').addEventListener('change', (e) => focus(e.target.value));
  document.getElementById('story').addEventListener('change', (e) => choose(e.target.value));
  document.getElementById('article-close').addEventListener('click', closeArticle);
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const words = document.getElementById('search-input').value.trim();
    if (words) search(document.getElementById('search-results'), words, openEvidence);
  });
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', async () => {
      setLanguage(button.dataset.lang);
      if (page.data) await draw();
    });
  }
}

apply();
wire();
await loadNames();
await loadStories();
await show();
