import type cytoscape from 'cytoscape';

/** How each label looks: colour and Cytoscape node shape (the legend draws the same). */
export const LABEL_STYLE: Readonly<Record<string, { color: string; shape: cytoscape.Css.NodeShape }>> = Object.freeze({
  Person: { color: '#2f6fde', shape: 'ellipse' },
  Organization: { color: '#e07b10', shape: 'round-rectangle' },
  Document: { color: '#7b52ab', shape: 'tag' },
  Event: { color: '#1e9e5a', shape: 'diamond' },
  Place: { color: '#c0392b', shape: 'hexagon' },
  Article: { color: '#7f8c8d', shape: 'rectangle' },
});

/** Edge colours by relationship type. */
export const TYPE_COLOR: Readonly<Record<string, string>> = Object.freeze({
  HOLDS_POSITION: '#2f6fde',
  CHAIRED: '#1e9e5a',
  ATTENDED: '#6cc08b',
  ORGANIZED: '#e07b10',
  ISSUED: '#7b52ab',
  REFERENCES: '#a48ac9',
  PART_OF: '#b06a1c',
  LOCATED_IN: '#c0392b',
  AUTHORED: '#555555',
  MENTIONS: '#c8c8c8',
});

export const FALLBACK_COLOR = '#999999';

/** The Cytoscape stylesheet of the viewer. */
export function stylesheet(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': FALLBACK_COLOR,
        // Bigger labels for more connected nodes, so that an overview fitted to the screen still names its hubs.
        'font-size': 'data(fontSize)',
        'min-zoomed-font-size': 6,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // Captions are cut to length when nodes are added: Cytoscape's own ellipsis measures text and is slow.
        'text-wrap': 'none',
        color: '#222',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': FALLBACK_COLOR,
        'target-arrow-color': FALLBACK_COLOR,
        label: 'data(caption)',
        'font-size': 8,
        'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate',
        color: '#444',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
  ];
  for (const [label, s] of Object.entries(LABEL_STYLE)) {
    sheet.push({ selector: `node[label = "${label}"]`, style: { 'background-color': s.color, shape: s.shape } });
  }
  for (const [type, color] of Object.entries(TYPE_COLOR)) {
    sheet.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': color, 'target-arrow-color': color } });
  }
  sheet.push(
    { selector: 'edge[type = "MENTIONS"]', style: { width: 1, 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#333' } },
    { selector: 'node.matched', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111', 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#111', 'target-arrow-color': '#111' } },
    { selector: '.faded', style: { opacity: 0.15 } },
  );
  return sheet;
}

/** Label size from a node's degree: log-scaled, 11 to 24 pixels. */
export function labelSize(degree: number): number {
  return Math.min(24, 11 + 2 * Math.log2(1 + degree));
}

/** Node size from its degree: log-scaled, 18 to 64 pixels. */
export function nodeSize(degree: number): number {
  return Math.min(64, 18 + 7 * Math.log2(1 + degree));
}
