import { footnoteMarker } from './docx.js';
import { ReadError } from './errors.js';

/** `\fcharsetN` of a font → the Windows code page of its `\'hh` bytes (163 is Vietnamese, cp1258). */
const CHARSET_CODEPAGE: Record<number, number> = {
  0: 1252,
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};
const DECODER_LABEL: Record<number, string> = {
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  10000: 'macintosh',
  65001: 'utf-8',
};
/** Destinations whose content is never document text (plus every `{\*\…}` one but footnotes). */
// prettier-ignore
const SKIP = new Set([
  'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'info', 'pict', 'object',
  'nonshppict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'fldinst',
  'annotation', 'atnid', 'atnauthor', 'xe', 'tc', 'txe', 'bkmkstart', 'bkmkend', 'pn', 'pgdsctbl', 'template', 'filetbl',
]);
// prettier-ignore
const WORD_TEXT: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', column: '\n', cell: '\n', nestcell: '\n', row: '\n', nestrow: '\n',
  tab: '\t', emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ',
};
/** Word nests a few dozen groups deep; a file nested thousands deep is hostile or broken. */
const MAX_DEPTH = 5000;
const SYMBOL_TEXT: Record<string, string> = {
  '\\': '\\',
  '{': '{',
  '}': '}',
  '~': '\u00a0',
  _: '-',
  '\n': '\n',
  '\r': '\n',
};

/** `upr`: a `{\upr{ANSI text}{\*\ud{Unicode text}}}` group, whose Unicode alternative is the one kept. */
interface Group {
  skip: boolean;
  uc: number;
  font: number;
  note: boolean;
  fonttbl: boolean;
  upr: boolean;
}

/** Pseudo code page of TCVN3/VNI fonts: their bytes are kept as Latin-1 for readDocumentText to convert. */
const LEGACY_FONT = 28591;
/** Node 20 decodes "windows-1252" as Latin-1: the C1 range is mapped here. */
const CP1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const decoders = new Map<number, TextDecoder | null>();

function decodeBytes(bytes: number[], codepage: number): string {
  if (!decoders.has(codepage)) {
    decoders.set(codepage, null); // cp1252, and any code page Node does not know
    try {
      if (codepage !== 1252 && codepage !== LEGACY_FONT)
        decoders.set(codepage, new TextDecoder(DECODER_LABEL[codepage] ?? `windows-${codepage}`));
    } catch {
      /* read as cp1252 */
    }
  }
  const d = decoders.get(codepage);
  if (d) return d.decode(new Uint8Array(bytes));
  const latin1 = Buffer.from(bytes).toString('latin1');
  return codepage === LEGACY_FONT ? latin1 : latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** True when the bytes start like an RTF file (`{\rtf`, after an optional BOM and white space). */
export function looksLikeRtf(bytes: Uint8Array): boolean {
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*\{\\rtf/.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
}

/**
 * Reads an RTF file (Word, WordPad, LibreOffice) into paragraphs of text. Handles `\uN` escapes (negative
 * numbers, `\ucN` fallback skipping), `\'hh` bytes in the code page of the current font's `\fcharset` or the
 * document's `\ansicpg` (cp1258 for Vietnamese Word), and skips the tables and destinations that are not text.
 * Table cells and rows end paragraphs; footnotes become `⁽¹⁾` markers with the notes at the end, as for .docx.
 */
export function readRtf(bytes: Uint8Array): string {
  if (!looksLikeRtf(bytes)) throw new ReadError('not an RTF file (it does not start with "{\\rtf")', 'corrupt');
  const fontCodepage = new Map<number, number>();
  let [docCodepage, defaultFont, fontBeingDefined, fontName] = [1252, -1, -1, ''];
  const body: string[] = [];
  const notes: { n: number; parts: string[] }[] = [];
  let [noteCount, refPending, pending, pendingCodepage] = [0, false, [] as number[], 1252];
  let g: Group = { skip: false, uc: 1, font: -1, note: false, fonttbl: false, upr: false };
  const stack: Group[] = [];
  let [unicodeSkip, starred] = [0, false];

  const codepage = (): number => fontCodepage.get(g.font >= 0 ? g.font : defaultFont) ?? docCodepage;
  const out = (): string[] => (g.note ? notes[notes.length - 1]!.parts : body);
  const flush = (): void => {
    if (pending.length) out().push(decodeBytes(pending, pendingCodepage));
    pending = [];
  };
  const emit = (text: string): void => {
    if (g.skip || g.fonttbl) return;
    flush();
    out().push(text);
  };
  const emitByte = (byte: number): void => {
    if (g.fonttbl && !g.skip) {
      fontName += String.fromCharCode(byte);
      if (/^\s*(?:\.vn|vni[- ])/i.test(fontName)) fontCodepage.set(fontBeingDefined, LEGACY_FONT);
    }
    if (g.skip || g.fonttbl) return;
    const cp = codepage();
    if (pending.length && cp !== pendingCodepage) flush();
    pendingCodepage = cp;
    pending.push(byte);
  };
  const controlWord = (word: string, param: number | null): void => {
    if (starred) {
      starred = false;
      const parent = stack[stack.length - 1];
      if (word === 'ud' && parent?.upr) {
        g.skip = parent.skip;
        return;
      }
      if (word !== 'footnote') g.skip = true;
    }
    if (g.skip) return;
    if (word === 'upr') g.upr = true;
    else if (SKIP.has(word)) g.skip = true;
    else if (word === 'fonttbl') g.fonttbl = true;
    else if (g.fonttbl) {
      if (word === 'f' && param !== null) [fontBeingDefined, fontName] = [param, ''];
      else if (word === 'fcharset' && param !== null && param !== 1)
        fontCodepage.set(fontBeingDefined, CHARSET_CODEPAGE[param] ?? 1252);
      else if (word === 'cpg' && param !== null) fontCodepage.set(fontBeingDefined, param);
    } else if (word === 'u' && param !== null) {
      emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      unicodeSkip = g.uc;
    } else if (word === 'uc' && param !== null) g.uc = Math.max(0, param);
    else if (word === 'ansicpg' && param !== null) docCodepage = param;
    else if (word === 'mac') docCodepage = 10000;
    else if (word === 'deff' && param !== null) defaultFont = param;
    else if (word === 'f' && param !== null) g.font = param;
    else if (word === 'plain') g.font = -1;
    else if (word === 'chftn' && !g.note) {
      emit(footnoteMarker(++noteCount));
      refPending = true;
    } else if (word === 'footnote') {
      if (!refPending) emit(footnoteMarker(++noteCount));
      refPending = false;
      flush();
      g.note = true;
      notes.push({ n: noteCount, parts: [] });
    } else if (Object.hasOwn(WORD_TEXT, word)) emit(WORD_TEXT[word]!);
  };

  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const token = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|[^\\{}\r\n]+|\\$/y;
  token.lastIndex = source.indexOf('{');
  let closed = false;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [text, word, param, hex, symbol, brace] = m;
    if (brace) {
      flush();
      unicodeSkip = 0;
      starred = false;
      if (brace === '{') {
        if (stack.length > MAX_DEPTH)
          throw new ReadError(`the .rtf file is damaged (groups nested over ${MAX_DEPTH} deep)`, 'corrupt');
        stack.push(g);
        g = g.upr ? { ...g, upr: false, skip: true } : { ...g };
      } else if (stack.length === 1) {
        closed = true;
        break;
      } else g = stack.pop() ?? g;
    } else if (word === 'bin' && param) {
      token.lastIndex += Math.max(0, Number(param));
      if (unicodeSkip > 0) unicodeSkip--;
    } else if (word || hex || symbol) {
      if (unicodeSkip > 0) unicodeSkip--;
      else if (word) controlWord(word, param ? Number(param) : null);
      else if (hex) emitByte(Number.parseInt(hex, 16));
      else if (symbol === '*') starred = true;
      else if (symbol && Object.hasOwn(SYMBOL_TEXT, symbol)) emit(SYMBOL_TEXT[symbol]!);
    } else if (text[0] !== '\r' && text[0] !== '\n' && text !== '\\') {
      const kept = text.slice(Math.min(unicodeSkip, text.length));
      unicodeSkip -= text.length - kept.length;
      for (let k = 0; k < kept.length; k++) emitByte(kept.charCodeAt(k));
    }
  }
  flush();
  if (!closed)
    throw new ReadError(`the .rtf file is truncated or damaged (${stack.length} groups are never closed)`, 'corrupt');
  const noteText = notes.map((note) => `${footnoteMarker(note.n)} ${note.parts.join('').replace(/\s+/g, ' ').trim()}`);
  return [body.join(''), ...noteText].join('\n\n').normalize('NFC');
}
