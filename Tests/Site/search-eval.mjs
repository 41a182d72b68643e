// Scores the browser's search box (assets/site.js) on the typed searches, as `fixdesk-eval --searches` does
// for the command line: node Tests/Site/search-eval.mjs SITE_DIR [SEARCHES.jsonl] [--verbose] [--no-synonyms]
// Each search is typed on the pages of its "want" language, with that language's search index; the figures
// are by kind and by language, for the tuning half and the held-out half (FNV-1a of the id, even = tune).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const verbose = process.argv.includes('--verbose');
// --no-synonyms: the index's synonym groups are left out, to see what they add.
const withoutSynonyms = process.argv.includes('--no-synonyms');
const [siteArgument, casesArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const site = siteArgument && path.resolve(siteArgument);
if (!site) {
  console.error('usage: node Tests/Site/search-eval.mjs SITE_DIR [SEARCHES.jsonl] [--verbose] [--no-synonyms]');
  process.exit(2);
}
const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const file = casesArgument || path.join(root, 'Tests/Evaluation/searches.jsonl');

/** FNV-1a (32 bits) of the id's UTF-8 bytes, as CorpusSplit.swift computes it. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

const indexes = new Map();
function indexFor(language) {
  if (!indexes.has(language)) {
    const context = { window: {} };
    vm.createContext(context);
    vm.runInContext(fs.readFileSync(path.join(site, language, 'search-index.js'), 'utf8'), context);
    if (withoutSynonyms) context.window.FIXDESK_INDEX.synonyms = [];
    indexes.set(language, context.window.FIXDESK_INDEX);
  }
  return indexes.get(language);
}
const { search } = createRequire(import.meta.url)(path.join(site, 'assets', 'site.js'));

const tables = new Map(); // half → row name → figures
const tally = (half, name) => {
  if (!tables.has(half)) tables.set(half, new Map());
  const rows = tables.get(half);
  return rows.get(name) || rows.set(name, { cases: 0, top1: 0, top3: 0 }).get(name);
};
const misses = [];
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const testCase = JSON.parse(line);
  const language = testCase.want || 'en';
  const results = search(testCase.input, indexFor(language), { limit: 10 });
  const wanted = (testCase.expected_codes || []).map((code) => String(code).toLowerCase());
  const titles = (testCase.expect_title_contains || []).map((part) => part.toLowerCase());
  const fits = (result) => result.article.codes.some((code) => wanted.includes(String(code).toLowerCase()))
    || (titles.length > 0 && titles.every((part) => result.article.title.toLowerCase().includes(part)));
  const rank = results.findIndex(fits) + 1;
  const half = fnv1a(testCase.id) % 2 === 0 ? 'tune' : 'holdout';
  if (half === 'tune' && rank !== 1) misses.push(`MISS ${testCase.id} [${testCase.kind} "${testCase.input}"] rank=${rank || '-'} got: ${results.slice(0, 2).map((r) => r.article.id).join('; ')}`);
  for (const name of ['all', `kind ${testCase.kind || '?'}`, `language ${language}`]) {
    const row = tally(half, name);
    row.cases += 1;
    if (rank === 1) row.top1 += 1;
    if (rank >= 1 && rank <= 3) row.top3 += 1;
  }
}
if (verbose) misses.forEach((miss) => console.log(miss));
for (const half of ['tune', 'holdout']) {
  console.log(`typed searches in the browser, ${half} half`);
  console.log('                 cases   top1   top3');
  for (const [name, row] of [...(tables.get(half) || new Map())].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${name.padEnd(16)} ${String(row.cases).padStart(5)}  ${(row.top1 / row.cases).toFixed(3)}  ${(row.top3 / row.cases).toFixed(3)}`);
  }
}
