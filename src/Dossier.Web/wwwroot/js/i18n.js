// The interface in French and English. Only the interface is translated: names, quotes and
// article text stay as the sources wrote them.

const words = {
  en: {
    story: 'Story', 'story.all': 'All articles', focus: 'Entity', 'focus.all': 'Everyone', 'search.placeholder': 'Search the articles', 'search.go': 'Search',
    timeline: 'Timeline of events and transfers', map: 'Places and transfer routes', graph: 'Who is linked to whom',
    claims: 'Claims', 'claims.speaker': 'Speaker', 'claims.words': 'Words', 'claims.status': 'Status', 'claims.sources': 'Sources',
    close: 'Close', events: 'Events', transfers: 'Transfers', unattributed: 'unattributed', unknown: 'unknown',
    'search.results': 'Search results', 'search.none': 'No article contains these words.',
    'entity.articles': 'articles', 'entity.mentions': 'mentions', 'entity.clear': 'Show all articles',
    loading: 'Loading…', ready: 'Ready', failed: 'The server did not answer',
    'status.asserted': 'asserted', 'status.reported': 'reported', 'status.alleged': 'alleged', 'status.denied': 'denied',
    'status.planned': 'planned', 'status.sought': 'sought', 'status.hypothetical': 'hypothetical', 'status.quoted': 'quoted',
    'status.unknown': 'unknown', 'published.unknown': 'date unknown', 'dated.published': 'dated by publication',
    TRANSFER: 'supplies', 'claims.independent': 'Independent sources',
    'story.articles': 'articles', 'story.independent': 'independent', 'story.facts': 'Facts, the best sourced first',
    'fact.sources': 'independent source(s)', 'fact.disagree': 'Where they disagree', 'fact.agreed': 'no disagreement found',
    'leg.sea': 'by sea', 'leg.rail': 'by rail', 'leg.road': 'by road', 'leg.air': 'by air', 'leg.unknown': 'mode not stated',
    'copies.of': 'Copy of', 'copies.by': 'Copied by', 'copies.reprints': 'Reprints paragraphs of', 'copies.reprinted_by': 'Paragraphs reprinted by',
    'copies.paragraphs': 'paragraph(s)',
  },
  fr: {
    story: 'Sujet', 'story.all': 'Tous les articles', focus: 'Entité', 'focus.all': 'Tout le monde', 'search.placeholder': 'Chercher dans les articles', 'search.go': 'Chercher',
    timeline: 'Chronologie des événements et des transferts', map: 'Lieux et routes des transferts', graph: 'Qui est lié à qui',
    claims: 'Affirmations', 'claims.speaker': 'Source', 'claims.words': 'Propos', 'claims.status': 'Statut', 'claims.sources': 'Articles',
    close: 'Fermer', events: 'Événements', transfers: 'Transferts', unattributed: 'non attribué', unknown: 'inconnu',
    'search.results': 'Résultats de la recherche', 'search.none': 'Aucun article ne contient ces mots.',
    'entity.articles': 'articles', 'entity.mentions': 'mentions', 'entity.clear': 'Voir tous les articles',
    loading: 'Chargement…', ready: 'Prêt', failed: 'Le serveur n’a pas répondu',
    'status.asserted': 'affirmé', 'status.reported': 'rapporté', 'status.alleged': 'allégué', 'status.denied': 'démenti',
    'status.planned': 'prévu', 'status.sought': 'recherché', 'status.hypothetical': 'hypothétique', 'status.quoted': 'cité',
    'status.unknown': 'inconnu', 'published.unknown': 'date inconnue', 'dated.published': 'daté par la publication',
    TRANSFER: 'fournit', 'claims.independent': 'Sources indépendantes',
    'story.articles': 'articles', 'story.independent': 'indépendants', 'story.facts': 'Faits, les mieux sourcés d’abord',
    'fact.sources': 'source(s) indépendante(s)', 'fact.disagree': 'Où elles divergent', 'fact.agreed': 'aucune divergence relevée',
    'leg.sea': 'par mer', 'leg.rail': 'par rail', 'leg.road': 'par route', 'leg.air': 'par air', 'leg.unknown': 'mode non précisé',
    'copies.of': 'Copie de', 'copies.by': 'Copié par', 'copies.reprints': 'Reprend des paragraphes de', 'copies.reprinted_by': 'Paragraphes repris par',
    'copies.paragraphs': 'paragraphe(s)',
  },
};

let language = pick();

function pick() {
  const saved = localStorage.getItem('dossier.language');
  if (saved && words[saved]) return saved;
  return (navigator.language ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function t(key) {
  return words[language][key] ?? words.en[key] ?? key;
}

export function currentLanguage() {
  return language;
}

export function setLanguage(code) {
  if (!words[code]) return;
  language = code;
  localStorage.setItem('dossier.language', code);
  apply();
}

/** Writes the interface's fixed texts in the current language. */
export function apply() {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === language));
}
