import { registerReader } from './reader-registry.js';
import { htmlReader } from './readers/html-reader.js';
import { jsonlReader } from './readers/jsonl-reader.js';
import { markdownReader } from './readers/markdown-reader.js';
import { textReader } from './readers/text-reader.js';

// The built-in readers, registered through the same registry as any other.
registerReader(textReader);
registerReader(markdownReader);
registerReader(htmlReader);
registerReader(jsonlReader);
