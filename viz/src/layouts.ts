import type cytoscape from 'cytoscape';

/** The layouts the toolbar offers, with the options used for each. */
export const LAYOUTS: Readonly<Record<string, (root?: string) => cytoscape.LayoutOptions>> = Object.freeze({
  fcose: () =>
    ({
      name: 'fcose',
      quality: 'default',
      randomize: true,
      animate: false,
      nodeDimensionsIncludeLabels: false,
      nodeRepulsion: 16000,
      idealEdgeLength: 100,
      packComponents: true,
      fit: true,
      padding: 30,
    }) as cytoscape.LayoutOptions,
  cose: () => ({ name: 'cose', animate: false, fit: true, padding: 30, nodeRepulsion: () => 8000 }) as cytoscape.LayoutOptions,
  concentric: (root?: string) =>
    ({
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 30,
      minNodeSpacing: 20,
      concentric: (n: cytoscape.NodeSingular) => (n.id() === root ? 100 : n.degree(false)),
      levelWidth: () => 2,
    }) as cytoscape.LayoutOptions,
  breadthfirst: (root?: string) =>
    ({ name: 'breadthfirst', animate: false, fit: true, padding: 30, directed: false, spacingFactor: 1.2, ...(root ? { roots: [root] } : {}) }) as cytoscape.LayoutOptions,
  circle: () => ({ name: 'circle', animate: false, fit: true, padding: 30 }),
  grid: () => ({ name: 'grid', animate: false, fit: true, padding: 30 }),
});
