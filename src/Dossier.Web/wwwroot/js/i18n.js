// The interface in French and English. Only the interface is translated: names, quotes and
// article text stay as the sources wrote them.

const words = {
  en: {
    focus: 'Story', 'focus.all': 'All articles', 'search.placeholder': 'Search the articles', 'search.go': 'Search',
    timeline: 'Timeline of events and transfers', map: 'Places and transfer routes', graph: 'Who is linked to whom',
    claims: 'Claims', 'claims.speaker': 'Speaker', 'claims.words': 'Words', 'claims.status': 'Status', 'claims.sources': 'Sources',
    close: 'Close', events: 'Events', transfers: 'Transfers', unattributed: 'unattributed', unknown: 'unknown',
    'search.results': 'Search results', 'search.none': 'No article contains these words.',
    'entity.articles': 'articles', 'entity.mentions': 'mentions', 'entity.clear': 'Show all articles',
    loading: 'Loading…', ready: 'Ready', failed: 'The server did not answer',
    'status.asserted': 'asserted', 'status.reported': 'reported', 'status.alleged': 'alleged', 'status.denied': 'denied',
    'status.planned': 'planned', 'status.sought': 'sought', 'status.hypothetical': 'hypothetical', 'status.quoted': 'quoted',
    'status.unknown': 'unknown', 'published.unknown': 'date unknown', 'dated.published': 'dated by publication',
    TRANSFER: 'supplies',
  },
  fr: {
    focus: 'Dossier', 'focus.all': 'Tous les articles', 'search.placeholder': 'Chercher dans les articles', 'search.go': 'Chercher',
    timeline: 'Chronologie des événements et des transferts', map: 'Lieux et routes des transferts', graph: 'Qui est lié à qui',
    claims: 'Affirmations', 'claims.speaker': 'Source', 'claims.words': 'Propos', 'claims.status': 'Statut', 'claims.sources': 'Articles',
    close: 'Fermer', events: 'Événements', transfers: 'Transferts', unattributed: 'non attribué', unknown: 'inconnu',
    'search.results': 'Résultats de la recherche', 'search.none': 'Aucun article ne contient ces mots.',
    'entity.articles': 'articles', 'entity.mentions': 'mentions', 'entity.clear': 'Voir tous les articles',
    loading: 'Chargement…', ready: 'Prêt', failed: 'Le serveur n’a pas répondu',
    'status.asserted': 'affirmé', 'status.reported': 'rapporté', 'status.alleged': 'allégué', 'status.denied': 'démenti',
    'status.planned': 'prévu', 'status.sought': 'recherché', 'status.hypothetical': 'hypothétique', 'status.quoted': 'cité',
    'status.unknown': 'inconnu', 'published.unknown': 'date inconnue', 'dated.published': 'daté par la publication',
    TRANSFER: 'fournit',
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
