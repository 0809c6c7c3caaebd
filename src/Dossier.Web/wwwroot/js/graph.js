// The entity graph: who supplies, accuses, sanctions or meets whom, with how many facts say so.
// Cytoscape draws labels on a canvas, so names never become markup.

let graph = null;

const colors = { TRANSFER: '#c0392b', ACCUSE: '#d97706', SANCTION: '#7c3aed', REJECT: '#6b7280', ASSAULT: '#111827', AID: '#059669' };

export function drawGraph(container, relations, names, kindLabel, onSelect) {
  const nodes = new Map();
  for (const relation of relations) {
    for (const id of [relation.source, relation.target]) {
      if (!nodes.has(id)) nodes.set(id, { data: { id, label: names.get(id) ?? id } });
    }
  }
  const edges = relations.map((r, i) => ({
    data: { id: `r${i}`, source: r.source, target: r.target, kind: r.kind, label: `${kindLabel(r.kind)} ×${r.count}`, color: colors[r.kind] ?? '#94a3b8', width: 1 + Math.min(r.count, 8) },
  }));
  if (graph) graph.destroy();
  graph = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#1d4ed8', width: 18, height: 18, color: '#1d2430' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)', 'font-size': 9, width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'text-rotation': 'autorotate', color: '#374151',
        },
      },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 8000 },
  });
  graph.on('tap', 'node', (e) => onSelect(e.target.id()));
  return graph;
}
