import { htmlToText } from '../html-to-text.js';
import type { ArticleReader } from '../reader-registry.js';
import { readWholeFile } from './whole-file.js';

/** HTML pages: the article text with paragraph breaks, page furniture removed; title, date and URL from the head. */
export const htmlReader: ArticleReader = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read: (path, source, onConsumed) =>
    readWholeFile(path, source, onConsumed, (html) => {
      const page = htmlToText(html);
      return { raw: page.text, title: page.title, published: page.published, url: page.url };
    }),
};
