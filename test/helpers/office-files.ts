/**
 * Legacy office files (.doc, .rtf, .odt) built at test time by LibreOffice from real document text, so
 * that no binary fixture is checked in and the files are what a real word processor writes.
 * `.ci/run` installs LibreOffice (libreoffice-writer-nogui); tests skip when `soffice` is absent.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type OfficeFormat = 'doc' | 'rtf' | 'odt';
export const OFFICE_FORMATS: readonly OfficeFormat[] = ['doc', 'rtf', 'odt'];

export const hasSoffice: boolean =
  spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

export interface OfficeSource {
  /** File name without extension. */
  name: string;
  /** Plain text: each non-empty line becomes a paragraph. */
  text?: string;
  /** Or a whole HTML page (tables, lists, headings, LibreOffice's footnote anchors). */
  html?: string;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal UTF-8 HTML page with one paragraph per non-empty line of `text`. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l)}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>doc</title></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/**
 * Converts every source to every format into `dir` (as `<name>.<format>`): one soffice run per format for
 * all the sources (soffice takes one target format per run), with a private profile so that parallel
 * test files never share a LibreOffice instance.
 */
export function makeOfficeFiles(
  dir: string,
  sources: OfficeSource[],
  formats: readonly OfficeFormat[] = OFFICE_FORMATS,
): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-soffice-'));
  try {
    const inputs = sources.map((s) => {
      const file = path.join(work, `${s.name}.html`);
      fs.writeFileSync(file, s.html ?? textToHtml(s.text ?? ''));
      return file;
    });
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    for (const format of formats) {
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--infilter=HTML (StarWriter)',
          '--convert-to',
          format,
          '--outdir',
          dir,
          ...inputs,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      const missing = sources.filter((s) => !fs.existsSync(path.join(dir, `${s.name}.${format}`)));
      if (run.status !== 0 || missing.length > 0) {
        throw new Error(
          `soffice --convert-to ${format} failed (status ${run.status}${run.error ? `, ${run.error.message}` : ''}): ` +
            `${missing.map((s) => s.name).join(', ')} not written\n${run.stderr}`,
        );
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Words of a text after NFC and white-space collapsing: what "the same text" means across formats. */
export function words(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

/** Length of the longest common subsequence of two word lists (two rows of the table, O(n·m) time). */
export function commonWordsInOrder(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** How well `got` reproduces `source`: the share of source words found in order, and of read words that are source words. */
export function wordMatch(
  source: string,
  got: string,
): { recall: number; precision: number; sourceWords: number; readWords: number } {
  const a = words(source);
  const b = words(got);
  const common = commonWordsInOrder(a, b);
  return { recall: common / a.length, precision: common / b.length, sourceWords: a.length, readWords: b.length };
}
