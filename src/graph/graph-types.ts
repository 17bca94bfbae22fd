import type { MultiDirectedGraph } from 'graphology';
import type { Label, PropValue, RelationType } from '../core/index.js';

/**
 * Attributes of every node. Properties are flat (scalars and lists of scalars) so that every store
 * and export format can carry them. `evidence` holds `articleId:start:end` spans.
 */
export interface NodeAttributes {
  label: Label;
  key: string;
  name: string;
  articles: string[];
  evidence: string[];
  [prop: string]: PropValue | undefined;
}

export interface EdgeAttributes {
  type: RelationType;
  articles: string[];
  evidence: string[];
  [prop: string]: PropValue | undefined;
}

export interface GraphAttributes {
  name?: string;
  schemaVersion?: number;
  [attr: string]: unknown;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
