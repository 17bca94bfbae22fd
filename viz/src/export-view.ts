import type cytoscape from 'cytoscape';

/** Offers a blob as a download under the given file name. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.download = fileName;
  a.href = url;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The current view (visible elements, with positions) as a PNG image. */
export function viewAsPng(cy: cytoscape.Core): Blob {
  return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4096, maxHeight: 4096 }) as unknown as Blob;
}

/** The current view (visible elements, with positions) as Cytoscape.js JSON. */
export function viewAsJSON(cy: cytoscape.Core): object {
  const strip = (j: cytoscape.ElementDefinition): cytoscape.ElementDefinition => {
    const data = { ...j.data };
    delete data['caption'];
    delete data['size'];
    delete data['fontSize'];
    return { group: j.group, data, ...(j.position ? { position: j.position } : {}), classes: '' } as cytoscape.ElementDefinition;
  };
  const visible = cy.elements().filter((e) => !e.hasClass('filtered') && e.visible());
  return {
    format_version: '1.0',
    generated_by: 'vnkg-viewer',
    target_cytoscapejs_version: '~3',
    data: { name: 'vnkg view' },
    elements: {
      nodes: visible.nodes().map((n) => strip(n.json() as cytoscape.ElementDefinition)),
      edges: visible.edges().map((e) => strip(e.json() as cytoscape.ElementDefinition)),
    },
  };
}
