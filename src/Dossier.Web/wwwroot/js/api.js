// Reads the API of the same server. Lists are read page by page up to a bound.

const pageSize = 500;
const maxItems = 5000;

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** Every item of a paged list (at most maxItems). */
export async function getAll(path, params = {}) {
  const items = [];
  for (let offset = 0; offset < maxItems; offset += pageSize) {
    const query = new URLSearchParams({ ...params, offset: String(offset), limit: String(pageSize) });
    const page = await getJson(`${path}?${query}`);
    items.push(...page.items);
    if (offset + pageSize >= page.total) break;
  }
  return items;
}

/** The query parameters of a story and an entity, each left out when not chosen. */
export function scope(story, entity) {
  return { ...(story ? { story } : {}), ...(entity ? { entity } : {}) };
}
