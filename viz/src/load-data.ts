import type { ViewerData } from '../../src/export/viewer-data.js';

/** The id of the script element a self-contained page carries its data in (type application/json). */
export const DATA_ELEMENT_ID = 'vnkg-data';

/** Reads the viewer data: embedded in the page, else from the server that served the page. */
export async function loadData(doc: Document = document): Promise<ViewerData> {
  const embedded = doc.getElementById(DATA_ELEMENT_ID);
  const data = embedded
    ? (JSON.parse(embedded.textContent ?? '') as ViewerData)
    : ((await (await fetch('api/graph', { headers: { accept: 'application/json' } })).json()) as ViewerData);
  if (data.format !== 'vnkg-viewer' || data.version !== 1) throw new Error('not vnkg viewer data (format vnkg-viewer, version 1)');
  return data;
}
