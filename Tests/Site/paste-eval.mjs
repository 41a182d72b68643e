// Scores the browser's paste box (assets/site.js with assets/match-rules.js) on the evaluation cases, as
// fixdesk-eval does for the command line: node Tests/Site/paste-eval.mjs [--json] [--verbose] SITE_DIR [CASES.jsonl …]
// Each case is pasted on the pages of its "want" language, with that language's search index. With no case
// files, the written cases are scored as one table and the real-paste corpus (Tests/Evaluation/real/) by its
// tuning and held-out halves (the same fixed split as fixdesk-eval: FNV-1a of the case id, even = tune).
// --json prints the figures as JSON (the Node tests read them); --verbose lists the tuning half's misses.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));

/** FNV-1a (32 bits) of the id's UTF-8 bytes, as CorpusSplit.swift computes it. */
export function corpusHash(id) {
  let hash = 0x811C9DC5;
  for (const byte of Buffer.from(id, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
export const half = (testCase) => (corpusHash(testCase.id) % 2 === 0 ? 'tune' : 'holdout');

function loadScript(file) {
  const context = { window: {} };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(file, 'utf8'), context);
  return context.window;
}

/** Runs the paste box of the site in `site` over `cases`: one outcome ({testCase, rank, top}) per case. */
export function runPasteBox(siteFolder, cases) {
  const site = path.resolve(siteFolder);
  const rules = loadScript(path.join(site, 'assets', 'match-rules.js')).FIXDESK_MATCH;
  const { analysePaste } = createRequire(import.meta.url)(path.join(site, 'assets', 'site.js'));
  const indexes = new Map();
  const indexFor = (language) => {
    if (!indexes.has(language)) indexes.set(language, loadScript(path.join(site, language, 'search-index.js')).FIXDESK_INDEX);
    return indexes.get(language);
  };
  return cases.map((testCase) => {
    const results = analysePaste(testCase.input, indexFor(testCase.want || 'en'), { limit: 5, rules });
    const wanted = (testCase.expected_codes || []).map((code) => String(code).toLowerCase());
    const titles = (testCase.expect_title_contains || []).map((part) => part.toLowerCase());
    const fits = (result) => (wanted.length
      ? result.article.codes.some((code) => wanted.includes(String(code).toLowerCase()))
      : titles.every((part) => result.article.title.toLowerCase().includes(part)));
    const rank = testCase.expect_none ? (results.length === 0 ? 1 : 0) : results.findIndex(fits) + 1;
    return { testCase, rank, top: results.map((r) => r.article.id) };
  });
}

/** Figures per format, plus "all positives" and "negative" (a negative is right when nothing matched). */
export function figures(outcomes) {
  const rows = new Map();
  const add = (key, rank) => {
    const row = rows.get(key) || rows.set(key, { cases: 0, top1: 0, top3: 0 }).get(key);
    row.cases += 1;
    if (rank === 1) row.top1 += 1;
    if (rank >= 1 && rank <= 3) row.top3 += 1;
  };
  for (const { testCase, rank } of outcomes) {
    if (testCase.expect_none) { add('negative', rank); continue; }
    add('all positives', rank);
    add(testCase.format || 'other', rank);
  }
  const result = {};
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    result[key] = { cases: row.cases, top1: row.top1 / row.cases, top3: row.top3 / row.cases };
  }
  return result;
}

export function loadCases(files) {
  return files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)));
}

function table(title, rows) {
  const lines = [title, 'format          cases   top1   top3'];
  for (const [format, row] of Object.entries(rows)) {
    lines.push(`${format.padEnd(14)} ${String(row.cases).padStart(6)}  ${row.top1.toFixed(3)}  ${row.top3.toFixed(3)}`);
  }
  return lines.join('\n');
}

function main(argv) {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const [siteArgument, ...caseFiles] = argv.filter((a) => !a.startsWith('--'));
  if (!siteArgument) {
    console.error('usage: node Tests/Site/paste-eval.mjs [--json] [--verbose] SITE_DIR [CASES.jsonl …]');
    process.exit(2);
  }
  const site = path.resolve(siteArgument);
  const report = {};
  if (caseFiles.length) {
    report.cases = figures(runPasteBox(site, loadCases(caseFiles)));
  } else {
    const written = ['cases-structured.jsonl', 'cases-handwritten.jsonl'].map((name) => path.join(root, 'Tests/Evaluation', name));
    report.written = figures(runPasteBox(site, loadCases(written)));
    const realFolder = path.join(root, 'Tests/Evaluation/real');
    const real = runPasteBox(site, loadCases(fs.readdirSync(realFolder).filter((f) => f.endsWith('.jsonl')).sort()
      .map((f) => path.join(realFolder, f))));
    for (const part of ['tune', 'holdout']) report[part] = figures(real.filter((o) => half(o.testCase) === part));
    if (verbose) {
      // Only the tuning half's misses are listed: the held-out half is read as figures alone.
      for (const o of real) {
        if (half(o.testCase) === 'tune' && o.rank !== 1) console.log(`MISS ${o.testCase.id} [${o.testCase.format}] got: ${o.top.slice(0, 2).join('; ')}`);
      }
    }
  }
  if (json) { console.log(JSON.stringify(report)); return; }
  const titles = { cases: 'cases', written: 'written cases', tune: 'real corpus, tune half', holdout: 'real corpus, holdout half' };
  console.log(Object.entries(report).map(([key, rows]) => table(titles[key], rows)).join('\n\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
