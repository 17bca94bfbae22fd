import cytoscape from 'cytoscape';
// @ts-expect-error cytoscape-fcose ships no types
import fcose from 'cytoscape-fcose';
import { el } from './dom.js';
import { loadData } from './load-data.js';
import { Viewer } from './viewer.js';

cytoscape.use(fcose as cytoscape.Ext);

declare global {
  interface Window {
    /** The running viewer, for the end-to-end tests and the benchmark. */
    __vnkg?: { viewer: Viewer; cy: cytoscape.Core; readyAt: number; timings: Record<string, number> };
  }
}

async function boot(): Promise<void> {
  const app = document.getElementById('app') ?? document.body;
  const timings: Record<string, number> = { start: performance.now() };
  try {
    const data = await loadData();
    timings['dataLoaded'] = performance.now();
    const viewer = new Viewer(app, data);
    timings['viewerBuilt'] = performance.now();
    viewer.overview();
    timings['overviewLaidOut'] = performance.now();
    // The first frame after the layout: the view is drawn and answers input.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__vnkg = { viewer, cy: viewer.cy, readyAt: performance.now(), timings };
        document.body.dataset['ready'] = 'true';
      }),
    );
  } catch (err) {
    app.append(el('p', { class: 'error', text: `The viewer could not start: ${err instanceof Error ? err.message : String(err)}` }));
    document.body.dataset['ready'] = 'error';
  }
}

void boot();
