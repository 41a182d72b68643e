// Scores the browser's paste box (assets/site.js) on the evaluation cases, as fixdesk-eval does for
// the command line: node Tests/Site/paste-eval.mjs SITE_DIR [CASES.jsonl …]
// Each case is pasted on the pages of its "want" language, with that language's search index.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const [siteArgument, ...caseFiles] = process.argv.slice(2);
const site = siteArgument && path.resolve(siteArgument);
if (!site) {
  console.error('usage: node Tests/Site/paste-eval.mjs SITE_DIR [CASES.jsonl …]');
  process.exit(2);
}
const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const files = caseFiles.length ? caseFiles
  : ['cases-structured.jsonl', 'cases-handwritten.jsonl'].map((name) => path.join(root, 'Tests/Evaluation', name));

const indexes = new Map();
function indexFor(language) {
  if (!indexes.has(language)) {
    const context = { window: {} };
    vm.createContext(context);
    vm.runInContext(fs.readFileSync(path.join(site, language, 'search-index.js'), 'utf8'), context);
    indexes.set(language, context.window.FIXDESK_INDEX);
  }
  return indexes.get(language);
}
const { analysePaste } = createRequire(import.meta.url)(path.join(site, 'assets', 'site.js'));

const byFormat = new Map();
const tally = (format) => byFormat.get(format) || byFormat.set(format, { cases: 0, top1: 0, top3: 0 }).get(format);
for (const file of files) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const testCase = JSON.parse(line);
    const results = analysePaste(testCase.input, indexFor(testCase.want || 'en'), { limit: 5 });
    const wanted = (testCase.expected_codes || []).map((code) => String(code).toLowerCase());
    const titles = testCase.expect_title_contains || [];
    const fits = (result) => result.article.codes.some((code) => wanted.includes(String(code).toLowerCase()))
      || (titles.length > 0 && titles.every((part) => result.article.title.includes(part)));
    const rank = testCase.expect_none ? (results.length === 0 ? 1 : 0) : results.findIndex(fits) + 1;
    for (const format of ['all', testCase.format]) {
      const row = tally(format);
      row.cases += 1;
      if (rank === 1) row.top1 += 1;
      if (rank >= 1 && rank <= 3) row.top3 += 1;
    }
  }
}
console.log('format          cases   top1   top3');
for (const [format, row] of [...byFormat].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)))) {
  console.log(`${format.padEnd(14)} ${String(row.cases).padStart(6)}  ${(row.top1 / row.cases).toFixed(3)}  ${(row.top3 / row.cases).toFixed(3)}`);
}
