// Parses a feed with @extractus/feed-extractor (a real-world feed reader's parser) and prints what it understood, so
// the .NET tests can assert a reader sees our feeds as we mean them. Usage: node parse-feed.mjs <xml|json> <file>
import { readFileSync } from 'node:fs';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';

const [kind, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const options = {
  descriptionMaxLen: 0,
  getExtraEntryFields: (entry) => ({ raw: entry }),
};
const feed = kind === 'json' ? extractFromJson(text, options) : extractFromXml(text, options);
process.stdout.write(JSON.stringify(feed));
