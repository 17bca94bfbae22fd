import type { ArticleReader } from '../reader-registry.js';
import { readWholeFile } from './whole-file.js';

/** Plain text: the whole file is the article. */
export const textReader: ArticleReader = {
  name: 'text',
  extensions: ['.txt', '.text'],
  read: (path, source, onConsumed) => readWholeFile(path, source, onConsumed, (raw) => ({ raw })),
};
