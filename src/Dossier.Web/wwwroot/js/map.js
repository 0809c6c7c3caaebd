// The map: an offline world outline (Natural Earth via world-atlas, no tile server), the places of
// the story, and each transfer's route drawn leg by leg as arrows, each leg styled by its mode.
import { el } from './dom.js';
import { t } from './i18n.js';

// How a leg's mode is drawn. A leg whose mode the record does not state is drawn plainly rather
// than guessed: the page shows what the sources say, nothing more.
const modes = {
  sea: { color: '#1d4ed8', dashArray: '10 6' },
  rail: { color: '#374151', dashArray: '2 5' },
  road: { color: '#b45309', dashArray: null },
  air: { color: '#7c3aed', dashArray: '1 8' },
  unknown: { color: '#c0392b', dashArray: null },
};

/** The closed set of modes the page draws: one of modes' keys. */
function modeOf(leg) {
  return Object.hasOwn(modes, leg.mode ?? '') ? leg.mode : 'unknown';
}

let map = null;
let layer = null;
let world = null;

async function outline() {
  if (!world) {
    const response = await fetch('lib/world-atlas/countries-110m.json');
    const topology = await response.json();
    world = topojson.feature(topology, topology.objects.countries);
  }
  return world;
}

/** Three corners of an arrowhead at b, pointing from a to b (in degrees, small enough for a map of a region). */
function arrowhead(a, b) {
  const [dy, dx] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy) || 1;
  const size = Math.min(length * 0.3, 1.5);
  const [uy, ux] = [dy / length, dx / length];
  const base = [b[0] - uy * size, b[1] - ux * size];
  return [b, [base[0] + ux * size * 0.45, base[1] - uy * size * 0.45], [base[0] - ux * size * 0.45, base[1] + uy * size * 0.45]];
}

function tooltip(text) {
  return el('span', null, text);
}

function arrow(from, to, className, style, label, onClick, caption = null) {
  const line = L.polyline([from, to], { className, color: style.color, weight: 3, dashArray: style.dashArray });
  if (caption) line.bindTooltip(el('span', null, caption), { permanent: true, direction: 'center', className: 'leg-label' });
  const head = L.polygon(arrowhead(from, to), { className: 'route-arrow', color: style.color, fillOpacity: 0.9, weight: 1 });
  for (const shape of [line, head]) {
    if (!caption || shape === head) shape.bindTooltip(tooltip(label));
    shape.on('click', onClick);
    shape.addTo(layer);
  }
}

/**
 * Draws the places and the routes. A transfer with a stated route is drawn leg by leg between its
 * places, each leg in the style and with the label of its mode; one without a route but with both
 * parties placed is one dashed arrow per pair.
 */
export async function drawMap(container, places, transfers, names, onOpen) {
  if (!map) {
    map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([45, 60], 2);
    map.attributionControl.addAttribution('Natural Earth');
    L.geoJSON(await outline(), { style: { color: '#8a8f98', weight: 0.6, fillColor: '#f8f6ef', fillOpacity: 1 }, interactive: false }).addTo(map);
  }
  if (layer) layer.remove();
  layer = L.layerGroup().addTo(map);
  const points = new Map(places.map((p) => [p.id, [p.latitude, p.longitude]]));
  const used = new Set();
  const pairs = new Set();
  const drawn = new Set();
  // A leg one source says how it was travelled and another leaves unsaid is drawn with the mode stated.
  const stated = new Set(transfers.flatMap((t) => t.legs).filter((leg) => modeOf(leg) !== 'unknown').map((leg) => `${leg.from}>${leg.to}`));
  for (const transfer of transfers) {
    const open = () => onOpen(transfer.evidence[0].article_id, transfer.evidence);
    const label = `${transfer.supplier_name ?? names.get(transfer.supplier) ?? '?'} → ${transfer.recipient_name ?? names.get(transfer.recipient) ?? '?'}: ${transfer.items.join(', ')}`;
    const legs = transfer.legs.filter((leg) => points.has(leg.from) && points.has(leg.to));
    if (legs.length > 0) {
      for (const leg of legs) {
        used.add(leg.from).add(leg.to);
        const mode = modeOf(leg);
        if (mode === 'unknown' && stated.has(`${leg.from}>${leg.to}`)) continue;
        // Every source of a route restates its legs: each leg and mode is drawn once.
        const key = `${leg.from}>${leg.to}>${mode}`;
        if (drawn.has(key)) continue;
        drawn.add(key);
        const where = `${names.get(leg.from) ?? leg.from} → ${names.get(leg.to) ?? leg.to}`;
        arrow(points.get(leg.from), points.get(leg.to), `route-leg mode-${mode}`, modes[mode], `${leg.order}. ${where} (${t(`leg.${mode}`)}) · ${label}`, open, `${leg.order}. ${t(`leg.${mode}`)}`);
      }
    } else if (points.has(transfer.supplier) && points.has(transfer.recipient) && transfer.supplier !== transfer.recipient) {
      used.add(transfer.supplier).add(transfer.recipient);
      const pair = `${transfer.supplier}>${transfer.recipient}`;
      if (!pairs.has(pair)) {
        pairs.add(pair);
        arrow(points.get(transfer.supplier), points.get(transfer.recipient), 'transfer-link', { color: '#7f1d1d', dashArray: '6 6' }, label, open);
      }
    }
  }
  for (const place of places) {
    if (!used.has(place.id) && !place.inStory) continue;
    L.circleMarker([place.latitude, place.longitude], {
      className: `place-marker ${place.kind === 'country' ? 'country' : 'town'}`,
      radius: place.kind === 'country' ? 5 : 4,
      color: place.kind === 'country' ? '#1d4ed8' : '#065f46',
      fillOpacity: 0.8,
    }).bindTooltip(tooltip(place.name)).addTo(layer);
  }
  const bounds = [...used].map((id) => points.get(id));
  if (bounds.length >= 2) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
  return map;
}
