// Builds elements from text only. Article text and everything read from it is untrusted: it is
// always put in the page as text nodes (textContent), never parsed as HTML.

/** An element with classes and text or element children; strings become text nodes. */
export function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const statuses = new Set(['asserted', 'reported', 'alleged', 'denied', 'planned', 'sought', 'hypothetical', 'quoted']);

/** A CSS-safe status name: one of the closed set, or "unknown". */
export function statusClass(status) {
  return statuses.has(status) ? status : 'unknown';
}

/**
 * A date the timeline can place: the TIMEX3 or ISO value's known year, month and day
 * ("2023-10" → 2023-10-01); null when the year itself is unknown ("XXXX-09-01") or absent.
 */
export function placeableDate(value) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? '');
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}
