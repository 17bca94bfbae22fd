/** One line of a gold file (see ../shared/gold/README.md). */
export interface GoldRecord {
  id: string;
  file: string;
  persons: string[];
  bylines?: string[];
  positions: Array<{ person: string; title: string; body: string }>;
  bodies: string[];
  documents: Array<{ code: string | null; name?: string; type?: string; issuer?: string; date?: string | null; term?: string | null; inferred?: boolean }>;
  events: Array<{ kind: string; name?: string; date: string | null }>;
  places: string[];
  published?: string | null;
}

export const CATEGORIES = ['persons', 'positions', 'bodies', 'documents', 'places', 'events'] as const;
export type Category = (typeof CATEGORIES)[number];
