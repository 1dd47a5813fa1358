// compare.mjs: assay's date mentions against chrono-node's, over the same
// prose. Run it through bench/chrono/compare (which installs chrono-node and
// picks the defaults); see bench/chrono/README.md. Not part of `make test`.
//
//   node bench/chrono/compare.mjs [--assay BIN | --assay-jsonl FILE] [--all]
//        [--max N] [--ref-date YYYY-MM-DD] [--] FILES_OR_DIRS...
//
// Exit status: 0 the comparison was printed (whatever it found), 1 an input
// or assay could not be read or run, 2 bad usage or chrono-node missing.
// SPDX-License-Identifier: MIT

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

process.env.TZ = 'UTC'; // chrono builds Dates in local time; make it fixed

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Sections whose lines are not prose (lists of links and citations).
const SKIPPED_SECTIONS = new Set(
  ['See also', 'References', 'External links', 'Further reading', 'Notes', 'Bibliography'].map(
    (s) => s.toLowerCase(),
  ),
);

const USAGE = `usage: compare.mjs [--assay BIN | --assay-jsonl FILE] [--all] [--same] [--max N]
                   [--ref-date YYYY-MM-DD] [--] FILES_OR_DIRS...`;

function die(status, msg) {
  process.stderr.write(`compare: ${msg}\n`);
  process.exit(status);
}

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = { assay: null, assayJsonl: process.env.ASSAY_JSONL || null, all: false, same: false, max: 15,
              refDate: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(2, `${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--') { o.inputs.push(...argv.slice(i + 1)); break; }
    else if (a === '-h' || a === '--help') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    else if (a === '--assay') o.assay = val();
    else if (a === '--assay-jsonl') o.assayJsonl = val();
    else if (a === '--all') o.all = true;
    else if (a === '--same') o.same = true;
    else if (a === '--max') {
      const v = val();
      if (!/^\d+$/.test(v)) die(2, `--max wants a number, not '${v}'`);
      o.max = Number(v);
    } else if (a === '--ref-date') {
      const v = val();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (!m) die(2, `--ref-date wants YYYY-MM-DD, not '${v}'`);
      o.refDate = { y: +m[1], m: +m[2], d: +m[3], text: v };
    } else if (a.startsWith('-') && a !== '-') die(2, `unknown option '${a}'\n${USAGE}`);
    else o.inputs.push(a);
  }
  if (!o.inputs.length) die(2, `no input files or folders\n${USAGE}`);
  if (o.inputs.includes('-')) die(2, "standard input ('-') cannot be compared: chrono needs to read the files too");
  if (!o.assay && !o.assayJsonl) die(2, 'give --assay BIN or --assay-jsonl FILE');
  return o;
}

// ---------------------------------------------------------------- text helpers

const cpLen = (s) => { let n = 0; for (const _ of s) n++; return n; };
const asciiTrim = (s) => s.replace(/^[ \t\r\n\v\f]+|[ \t\r\n\v\f]+$/g, '');
const byteCmp = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const pad = (n, w) => String(n).padStart(w, '0');

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Length of the valid UTF-8 sequence at b[i], 0 if the byte does not start one
// (Unicode table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
function utf8SeqLen(b, i) {
  const c = b[i];
  const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0x01 && c <= 0x7f) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// A line's bytes to text the way assay reads it: every NUL byte and every
// byte that does not start a valid sequence becomes one U+FFFD.
function decodeLine(bytes) {
  if (!bytes.includes(0)) {
    try { return { text: fatalUtf8.decode(bytes), fixed: false }; } catch { /* below */ }
  }
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = utf8SeqLen(bytes, i);
    if (n === 0) { out += '\uFFFD'; i++; } else { out += fatalUtf8.decode(bytes.subarray(i, i + n)); i += n; }
  }
  return { text: out, fixed: true };
}

// ---------------------------------------------------------------- inputs

// Every *.txt below dir, by path relative to it, in byte order.
function listTxt(dir) {
  const out = [];
  const seen = new Set();
  const walk = (abs, rel) => {
    const real = fs.realpathSync(abs);
    if (seen.has(real)) return; // symlink loop
    seen.add(real);
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const a = path.join(abs, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      let st;
      try { st = fs.statSync(a); } catch { continue; } // dangling link
      if (st.isDirectory()) walk(a, r);
      else if (st.isFile() && e.name.endsWith('.txt')) out.push(r);
    }
  };
  walk(dir, '');
  return out.sort(byteCmp);
}

// input arguments → groups [{label, files: [{display, key}]}]; a file named
// twice counts in the first group that names it.
function expandInputs(inputs) {
  const taken = new Set();
  return inputs.map((arg) => {
    let st;
    try { st = fs.statSync(arg); } catch (e) { die(1, `${arg}: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}`); }
    const names = st.isDirectory() ? listTxt(arg).map((r) => path.join(arg, r)) : [arg];
    const files = [];
    for (const display of names) {
      const key = path.resolve(display);
      if (taken.has(key)) continue;
      taken.add(key);
      files.push({ display, key });
    }
    return { label: arg, files };
  });
}

// ---------------------------------------------------------------- prose lines

const YEAR_RE = /(?<![0-9])(1[0-9]{3}|20[0-9]{2})(?![0-9])/;
const firstYear = (s) => { const m = YEAR_RE.exec(s); return m ? +m[1] : null; };
const midYear = (y, why) => ({ y, m: 7, d: 1, text: `${y}-07-01`, why });

// An article's reference date for chrono (never the clock), first that applies:
//  1. --ref-date;
//  2. a year (1000-2099) in the title: 1 July of it;
//  3. the infobox's date field (key `Date`, else the first key with "date"):
//     the start date chrono reads in it when its year is stated, else 1 July
//     of the first year in it;
//  4. 1 July of the first year in the article's prose;
//  5. 1900-07-01.
// 1 July, so that with forwardDate:false chrono puts a date without a year
// (any month) in that year, not in the one before.
function articleRef(art, fixed, parse) {
  if (fixed) return { ...fixed, why: 'fixed' };
  let y = firstYear(art.title);
  if (y !== null) return midYear(y, 'title');
  if (art.infoboxDate !== null) {
    const r = parse(art.infoboxDate, new Date(Date.UTC(1900, 6, 1, 12)), { forwardDate: false })[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('month')) {
      const c = r.start;
      const d = c.isCertain('day') ? c.get('day') : 1;
      return { y: c.get('year'), m: c.get('month'), d, why: 'infobox',
               text: `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(d, 2)}` };
    }
    y = firstYear(art.infoboxDate);
    if (y !== null) return midYear(y, 'infobox');
  }
  if (art.proseYear !== null) return midYear(art.proseYear, 'prose');
  return midYear(1900, 'default');
}

function headingOf(t) {
  let open = 0, close = 0;
  while (open < t.length && t[open] === '=') open++;
  while (close < t.length - open && t[t.length - 1 - close] === '=') close++;
  const name = asciiTrim(t.slice(open, t.length - close));
  const level = close >= 2 && close < open ? close : open;
  return { level, name };
}

const isTitleLine = (t) =>
  t.length >= 2 && t[0] === '=' && t[1] !== '=' && t[t.length - 1] === '=' && t[t.length - 2] !== '=';

// Splits a file into lines as assay does and marks which are prose.
// Returns {lines: [{text, kind, byte, fixed, article}]} with lines[0] =
// line 1, and the articles [{title, infoboxDate, proseYear}].
// kind: prose, blank, title, infobox, heading, skipped-section, before-title.
function scanFile(file) {
  const buf = fs.readFileSync(file.key);
  const lines = [];
  const articles = [];
  let st = { inArticle: false, phase: 'body', skipLevel: null, art: null };
  let start = 0;
  while (start < buf.length) {
    let nl = buf.indexOf(0x0a, start);
    const next = nl < 0 ? buf.length : nl + 1;
    let end = nl < 0 ? buf.length : nl;
    if (end > start && buf[end - 1] === 0x0d) end--;
    let from = start;
    if (lines.length === 0 && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
      from += 3;
    const { text, fixed } = decodeLine(buf.subarray(from, end));
    const ln = { text, kind: 'prose', byte: from, fixed, article: null };
    const t = asciiTrim(text);
    if (isTitleLine(t)) {
      ln.kind = 'title';
      const art = { title: asciiTrim(t.slice(1, -1)), infoboxDate: null, dateKeyExact: false, proseYear: null };
      articles.push(art);
      st = { inArticle: true, phase: 'pre-infobox', skipLevel: null, art };
    } else if (!st.inArticle) {
      ln.kind = 'before-title';
    } else {
      if (st.phase === 'pre-infobox' && t !== '') st.phase = t === 'Infobox' ? 'infobox-start' : 'body';
      if (st.phase === 'pre-infobox') ln.kind = 'blank';
      else if (st.phase === 'infobox-start') { ln.kind = 'infobox'; st.phase = 'infobox'; }
      else if (st.phase === 'infobox') {
        if (t === '') { ln.kind = 'blank'; st.phase = 'body'; } else ln.kind = 'infobox';
      } else if (t.startsWith('==')) {
        ln.kind = 'heading';
        const h = headingOf(t);
        if (st.skipLevel !== null && h.level <= st.skipLevel) st.skipLevel = null;
        if (st.skipLevel === null && SKIPPED_SECTIONS.has(h.name.replace(/\s+/g, ' ').toLowerCase()))
          st.skipLevel = h.level;
      } else if (st.skipLevel !== null) ln.kind = 'skipped-section';
      else if (t === '') ln.kind = 'blank';
    }
    ln.article = st.art;
    if (ln.kind === 'infobox') {
      const f = /^-\s*([^:]*?)\s*:\s(.*)$/.exec(t);
      if (f && /date/i.test(f[1]) && !st.art.dateKeyExact && (f[1] === 'Date' || st.art.infoboxDate === null)) {
        st.art.infoboxDate = f[2];
        st.art.dateKeyExact = f[1] === 'Date';
      }
    } else if (ln.kind === 'prose' && st.art.proseYear === null) st.art.proseYear = firstYear(text);
    lines.push(ln);
    start = next;
  }
  return { lines, articles };
}

// ---------------------------------------------------------------- chrono

const TIME_OF_DAY = /^casualReference\/(morning|afternoon|evening|night|noon|midnight)$/;

function tagsOf(x) {
  try { return typeof x.tags === 'function' ? [...x.tags()] : []; } catch { return []; }
}

// One chrono component (start or end) in assay's ISO convention, from the
// components chrono is certain of; get() returns known or implied values,
// independent of the time zone.
function componentValue(c, { forceDate = false } = {}) {
  const Y = c.isCertain('year'), M = c.isCertain('month'), D = c.isCertain('day'), H = c.isCertain('hour');
  const date = `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`;
  let time = '';
  if (H) {
    time = `T${pad(c.get('hour'), 2)}:${pad(c.get('minute') ?? 0, 2)}`;
    if (c.isCertain('second') && c.get('second')) time += `:${pad(c.get('second'), 2)}`;
  }
  if (D || forceDate) return { value: date + time, precision: 'day' };
  if (M) return { value: date.slice(0, 7), precision: 'month' };
  if (Y) return { value: date.slice(0, 4), precision: 'year' };
  if (H) return { value: time, precision: 'time' };
  return { value: date, precision: 'day' };
}

// chrono result → {col, len, text, value, precision, basis}
// basis: stated (the span says the year), implied (the year or the month came
// from the reference date), relative (computed from the reference date:
// "two days later", "now", "today", "on Sunday"), time (a clock time or a
// time of day with no date: "at 10:00", "morning").
function convertChrono(r, line) {
  const tags = tagsOf(r).concat(tagsOf(r.start));
  const comps = r.end ? [r.start, r.end] : [r.start];
  const any = (k) => comps.some((c) => c.isCertain(k));
  const dateCertain = any('year') || any('month') || any('day');
  let basis;
  if (tags.includes('result/relativeDate') || tags.some((t) => t.startsWith('casualReference/') && !TIME_OF_DAY.test(t)))
    basis = 'relative';
  else if (!dateCertain && (any('hour') || tags.some((t) => TIME_OF_DAY.test(t)))) basis = 'time';
  else if (!dateCertain) basis = 'relative'; // weekday only, "this week"
  else if (!any('year') || comps.some((c) => c.isCertain('day') && !c.isCertain('month'))) basis = 'implied';
  else basis = 'stated';

  let v;
  if (basis === 'time') {
    const t = (c) => {
      const cv = componentValue(c);
      return cv.precision === 'time' ? cv.value : `T${pad(c.get('hour'), 2)}:${pad(c.get('minute') ?? 0, 2)}`;
    };
    v = { value: comps.map(t).join('/'), precision: 'time' };
  } else {
    const cs = comps.map((c) => componentValue(c, { forceDate: basis === 'relative' && !c.isCertain('year') && !c.isCertain('month') }));
    v = { value: cs.map((c) => c.value).join('/'), precision: cs[0].precision };
  }
  const col = cpLen(line.slice(0, r.index)) + 1; // r.index counts UTF-16 units
  return { col, len: cpLen(r.text), text: r.text, value: v.value, precision: v.precision, basis };
}

// ---------------------------------------------------------------- assay

// Reads assay's JSON Lines from a stream; calls onMention for every date.
async function readAssayJsonl(stream, onMention) {
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const st = { articles: 0, badLines: 0, mentions: 0 };
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let o;
    try { o = JSON.parse(raw); } catch { st.badLines++; continue; }
    if (!o || o.type !== 'article') continue;
    st.articles++;
    for (const m of Array.isArray(o.mentions) ? o.mentions : []) {
      if (!m || m.kind !== 'date') continue;
      st.mentions++;
      onMention({ ...m, file: m.file ?? o.file });
    }
  }
  return st;
}

async function runAssay(bin, inputs, onMention) {
  const child = spawn(bin, ['extract', '-f', 'jsonl', ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let spawnError = null;
  child.on('error', (e) => { spawnError = e; });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { if (stderr.length < 1 << 20) stderr += d; });
  const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const st = await readAssayJsonl(child.stdout, onMention);
  const { code, signal } = await closed;
  if (spawnError) die(1, `cannot run ${bin}: ${spawnError.message}`);
  st.exit = signal ? `signal ${signal}` : `exit ${code}`;
  st.diagnostics = stderr.split('\n').filter((l) => l.trim()).length;
  st.failed = signal || (code !== 0 && st.articles === 0);
  if (st.failed) die(1, `${bin} extract failed (${st.exit}):\n${stderr.slice(0, 2000)}`);
  return st;
}

// ---------------------------------------------------------------- join

// One-to-one pairing on one line: the pairs with the largest overlap first.
function pairLine(as, cs) {
  const cand = [];
  for (const a of as)
    for (const c of cs) {
      const ov = Math.min(a.col + a.len, c.col + c.len) - Math.max(a.col, c.col);
      if (ov > 0 || (a.len === 0 && c.col <= a.col && a.col < c.col + c.len)) cand.push({ a, c, ov });
    }
  cand.sort((x, y) => y.ov - x.ov || Math.abs(x.a.col - x.c.col) - Math.abs(y.a.col - y.c.col) ||
                      x.a.col - y.a.col || x.c.col - y.c.col);
  const pairs = [];
  for (const p of cand) {
    if (p.a.pair || p.c.pair) continue;
    p.a.pair = p.c; p.c.pair = p.a;
    pairs.push(p);
  }
  // left unpaired though overlapping: the other side split the text differently
  for (const p of cand) {
    if (!p.a.pair) p.a.overlapsOther = true;
    if (!p.c.pair) p.c.overlapsOther = true;
  }
  return pairs;
}

// ---------------------------------------------------------------- output

function fmtValue(v) { return v === '' || v == null ? '(empty)' : v; }

function fmtAssay(a) {
  if (!a) return 'assay: -';
  return `assay: ${JSON.stringify(a.text)} → ${fmtValue(a.normalized)}${a.inferred ? ' (inferred)' : ''}`;
}

const BASIS_NOTE = { stated: '', implied: ' (implied)', relative: ' (relative to ref)', time: ' (time only)' };
function fmtChrono(c) {
  if (!c) return 'chrono: -';
  return `chrono: ${JSON.stringify(c.text)} → ${fmtValue(c.value)}${BASIS_NOTE[c.basis]}`;
}

function table(header, rows) {
  const w = header.map((h, i) => Math.max(cpLen(h), ...rows.map((r) => cpLen(String(r[i] ?? '')))));
  const line = (r) => r.map((x, i) => {
    const s = String(x ?? '');
    return i === 0 ? s + ' '.repeat(w[0] - cpLen(s)) : ' '.repeat(w[i] - cpLen(s)) + s;
  }).join('   ').replace(/\s+$/, '');
  return [line(header), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const o = parseArgs(process.argv.slice(2));

  let chrono, chronoVersion = '?';
  try {
    chrono = await import('chrono-node');
  } catch (e) {
    die(2, `chrono-node is not installed in ${HERE} (${e.code || e.message}); run bench/chrono/compare, which installs it`);
  }
  try { chronoVersion = JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules/chrono-node/package.json'), 'utf8')).version; } catch { /* keep ? */ }
  const parse = typeof chrono.parse === 'function' ? chrono.parse : chrono.casual.parse.bind(chrono.casual);

  const groups = expandInputs(o.inputs);
  const files = new Map(); // key → {group, display, lines, assay: Map(line → []), chrono: Map(line → [])}
  groups.forEach((g, gi) => {
    for (const f of g.files) {
      let scanned;
      try { scanned = scanFile(f); } catch (e) { die(1, `${f.display}: ${e.message}`); }
      files.set(f.key, { gi, display: f.display, lines: scanned.lines, articles: scanned.articles,
                         assay: new Map(), chrono: new Map() });
    }
  });

  // chrono over every prose line
  const refWhy = { fixed: 0, title: 0, infobox: 0, prose: 0, default: 0 };
  for (const f of files.values()) {
    for (const art of f.articles) {
      art.ref = articleRef(art, o.refDate, parse);
      refWhy[art.ref.why]++;
    }
    f.lines.forEach((ln, i) => {
      if (ln.kind !== 'prose') return;
      const r = ln.article.ref;
      const ref = new Date(Date.UTC(r.y, r.m - 1, r.d, 12));
      ref.setUTCFullYear(r.y); // years < 100 would be read as 19xx
      const rs = parse(ln.text, ref, { forwardDate: false });
      if (rs.length) f.chrono.set(i + 1, rs.map((r) => ({ ...convertChrono(r, ln.text), line: i + 1 })));
    });
  }

  // assay's dates
  const warn = { notInput: new Map(), notProse: 0, notProseKinds: new Map(), textMismatch: [], byteMismatch: [], dup: 0 };
  const seenMention = new Set();
  const onMention = (m) => {
    const key = path.resolve(String(m.file ?? ''));
    const f = files.get(key);
    if (!f) { warn.notInput.set(m.file, (warn.notInput.get(m.file) || 0) + 1); return; }
    const line = Number(m.line), col = Number(m.column);
    const text = String(m.text ?? '');
    const id = `${key}\0${line}\0${col}\0${text}\0${m.normalized}`;
    if (seenMention.has(id)) { warn.dup++; return; }
    seenMention.add(id);
    const ln = f.lines[line - 1];
    const a = { line, col, len: cpLen(text), text, normalized: m.normalized ?? '', precision: m.precision,
                inferred: m.inferred === true, byte: m.byte };
    if (!ln || ln.kind !== 'prose') {
      warn.notProse++;
      const k = ln ? ln.kind : 'past end of file';
      warn.notProseKinds.set(k, (warn.notProseKinds.get(k) || 0) + 1);
      return;
    }
    const at = Array.from(ln.text).slice(col - 1, col - 1 + a.len).join('');
    if (at !== text) warn.textMismatch.push(`${f.display}:${line}:${col}: text ${JSON.stringify(text)}, line has ${JSON.stringify(at)}`);
    else if (!ln.fixed && m.byte !== undefined) {
      const want = ln.byte + Buffer.byteLength(Array.from(ln.text).slice(0, col - 1).join(''));
      if (Number(m.byte) !== want) warn.byteMismatch.push(`${f.display}:${line}:${col}: byte ${m.byte}, expected ${want}`);
    }
    if (!f.assay.has(line)) f.assay.set(line, []);
    f.assay.get(line).push(a);
  };
  let source, ast;
  if (o.assayJsonl) {
    let stream;
    try {
      fs.accessSync(o.assayJsonl, fs.constants.R_OK);
      stream = fs.createReadStream(o.assayJsonl);
    } catch (e) { die(1, `${o.assayJsonl}: ${e.message}`); }
    ast = await readAssayJsonl(stream, onMention);
    source = `read from ${o.assayJsonl} (not run)`;
  } else {
    ast = await runAssay(o.assay, o.inputs, onMention);
    source = `${o.assay} extract -f jsonl ${o.inputs.join(' ')}  (${ast.exit}, ${ast.diagnostics} diagnostic line${ast.diagnostics === 1 ? '' : 's'} on stderr, not shown)`;
  }

  // join and count
  const zero = () => ({ files: 0, prose: 0, assay: 0, assayInferred: 0, chrono: 0, chronoImplied: 0,
                        chronoRelative: 0, chronoTime: 0, both: 0, statedSame: 0, statedDiff: 0,
                        ctxSame: 0, ctxDiff: 0, onlyAssay: 0, onlyChrono: 0 });
  const counts = groups.map(zero);
  const total = zero();
  const lists = { statedDiff: [], ctxDiff: [], onlyAssay: [], onlyChrono: [], same: [] };
  const add = (gi, k, n = 1) => { counts[gi][k] += n; total[k] += n; };
  for (const f of files.values()) {
    add(f.gi, 'files');
    add(f.gi, 'prose', f.lines.filter((l) => l.kind === 'prose').length);
    const lineNos = new Set([...f.assay.keys(), ...f.chrono.keys()]);
    for (const line of lineNos) {
      const as = f.assay.get(line) || [], cs = f.chrono.get(line) || [];
      for (const a of as) { add(f.gi, 'assay'); if (a.inferred) add(f.gi, 'assayInferred'); }
      for (const c of cs) {
        add(f.gi, 'chrono');
        if (c.basis === 'implied') add(f.gi, 'chronoImplied');
        if (c.basis === 'relative') add(f.gi, 'chronoRelative');
        if (c.basis === 'time') add(f.gi, 'chronoTime');
      }
      const item = (a, c) => ({ gi: f.gi, file: f.display, line, col: a ? a.col : c.col, a, c });
      for (const { a, c } of pairLine(as, cs)) {
        add(f.gi, 'both');
        const stated = !a.inferred && c.basis === 'stated';
        const same = a.normalized === c.value;
        const k = (stated ? 'stated' : 'ctx') + (same ? 'Same' : 'Diff');
        add(f.gi, k);
        lists[same ? 'same' : k].push(item(a, c));
      }
      for (const a of as) if (!a.pair) { add(f.gi, 'onlyAssay'); lists.onlyAssay.push(item(a, null)); }
      for (const c of cs) if (!c.pair) { add(f.gi, 'onlyChrono'); lists.onlyChrono.push(item(null, c)); }
    }
  }

  // print
  const out = [];
  const p = (s = '') => out.push(s);
  p('assay vs chrono-node: date mentions in prose');
  p();
  p(`assay:  ${source}`);
  p(`chrono: chrono-node ${chronoVersion}, chrono.parse(line, ref, {forwardDate: false}) on each prose line, TZ=UTC`);
  if (o.refDate) p(`ref:    ${o.refDate.text} for every article (--ref-date)`);
  else p(`ref:    per article, 12:00 UTC on: 1 July of the year in its title, else the start of its infobox Date, else\n` +
         `        1 July of the first year in its prose, else 1900-07-01 (articles: ${refWhy.title} title, ${refWhy.infobox} infobox,\n` +
         `        ${refWhy.prose} prose, ${refWhy.default} default); never the clock`);
  p(`prose:  every line but titles, headings, the Infobox block and the sections ${[...SKIPPED_SECTIONS].map((s) => s.replace(/^./, (x) => x.toUpperCase())).join(', ')}`);
  p(`join:   same file and line, overlapping character spans, paired one to one (largest overlap first)`);
  p(`values: equal when assay's "normalized" is the string chrono's result converts to (see README)`);
  p();

  const labels = groups.map((g) => g.label);
  const rowDefs = [
    ['files', 'files'],
    ['prose lines', 'prose'],
    ['dates found by assay', 'assay'],
    ['  of which inferred', 'assayInferred'],
    ['dates found by chrono', 'chrono'],
    ['  of which implied year/month', 'chronoImplied'],
    ['  of which relative to ref', 'chronoRelative'],
    ['  of which time only', 'chronoTime'],
    ['found by both (overlapping spans)', 'both'],
    ['  stated: same value', 'statedSame'],
    ['  stated: different value', 'statedDiff'],
    ['  inferred/implied: same value', 'ctxSame'],
    ['  inferred/implied: different value', 'ctxDiff'],
    ['found only by assay', 'onlyAssay'],
    ['found only by chrono', 'onlyChrono'],
  ];
  const header = ['', ...(labels.length > 1 ? labels : []), 'total'];
  p(table(header, rowDefs.map(([name, k]) => [name, ...(labels.length > 1 ? counts.map((c) => c[k]) : []), total[k]])));
  p();
  p('"stated": assay did not infer it and chrono read the year in the span; "inferred/implied": either');
  p('side took part of the value from context (assay: earlier text; chrono: the ref date).');

  const notes = [];
  if (warn.notInput.size) {
    const n = [...warn.notInput.values()].reduce((x, y) => x + y, 0);
    notes.push(`${n} assay date(s) in files not among the inputs, ignored: ${[...warn.notInput.keys()].sort(byteCmp).slice(0, 5).join(', ')}${warn.notInput.size > 5 ? ', ...' : ''}`);
  }
  if (warn.notProse) {
    const kinds = [...warn.notProseKinds.entries()].sort((x, y) => byteCmp(x[0], y[0])).map(([k, n]) => `${n} ${k}`).join(', ');
    notes.push(`${warn.notProse} assay date(s) on lines chrono was not run on, left out of the counts (${kinds})`);
  }
  if (warn.dup) notes.push(`${warn.dup} duplicate assay date(s) (same file, line, column, text) counted once`);
  if (warn.textMismatch.length)
    notes.push(`${warn.textMismatch.length} assay date(s) whose text is not at their line:column (kept, joined by column):\n` +
      warn.textMismatch.sort(byteCmp).slice(0, o.all ? Infinity : 5).map((s) => `    ${s}`).join('\n'));
  if (warn.byteMismatch.length)
    notes.push(`${warn.byteMismatch.length} assay date(s) whose byte offset does not match their line:column:\n` +
      warn.byteMismatch.sort(byteCmp).slice(0, o.all ? Infinity : 5).map((s) => `    ${s}`).join('\n'));
  if (ast.badLines) notes.push(`${ast.badLines} line(s) of assay output were not JSON, skipped`);
  if (ast.articles === 0) notes.push('assay printed no articles');
  else if (ast.mentions === 0) notes.push(`assay printed ${ast.articles} article(s) but no date mentions (are they implemented yet?)`);
  if (notes.length) {
    p();
    p('notes:');
    for (const n of notes) p(`  - ${n}`);
  }

  const order = (x, y) => x.gi - y.gi || byteCmp(x.file, y.file) || x.line - y.line || x.col - y.col ||
    byteCmp(x.a?.text ?? '', y.a?.text ?? '') || byteCmp(x.c?.text ?? '', y.c?.text ?? '');
  const sections = [
    ['different value, both stated', lists.statedDiff],
    ['different value, inferred or implied on either side', lists.ctxDiff],
    ['found only by assay', lists.onlyAssay],
    ['found only by chrono', lists.onlyChrono],
  ];
  if (o.same) sections.push(['same value (--same)', lists.same]);
  for (const [title, items] of sections) {
    items.sort(order);
    p();
    p(`== ${title}: ${items.length}${!o.all && items.length > o.max ? ` (first ${o.max}; --all for every one)` : ''}`);
    const shown = o.all ? items : items.slice(0, o.max);
    for (const it of shown) {
      const split = (it.a && it.a.overlapsOther) || (it.c && it.c.overlapsOther) ? '  [overlaps a span paired with another]' : '';
      p(`${it.file}:${it.line}:${it.col}  ${fmtAssay(it.a)} | ${fmtChrono(it.c)}${split}`);
    }
    if (shown.length < items.length) p(`... ${items.length - shown.length} more`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => die(1, e && e.stack ? e.stack : String(e)));
