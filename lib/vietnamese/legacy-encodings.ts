/**
 * Legacy 8-bit Vietnamese encodings: TCVN3 (ABC, TCVN 5712) and VNI-Windows.
 * Files typed in the 1990s-2000s with .VnTime / VNI-Times fonts reach us either as bytes (a .txt that is
 * not valid UTF-8, read byte-for-byte as Latin-1) or as Unicode text holding the Latin-1 look-alikes of
 * those bytes (a .docx run in a .VnTime font). Both show tell-tale characters: `TiÕng ViÖt`, `Uû ban
 * nh©n d©n` (TCVN3), `Tieáng Vieät` (VNI). We detect them and convert line by line; lines that already
 * hold real Vietnamese Unicode letters are left alone, so a mixed document is converted only where needed.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN 5712 (VN1 superset of the ABC/VN3 font encoding), bytes 0xA1-0xFF; 0xB0-0xB4 (combining marks) left out. */
const TCVN3_HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ' + // A1-AF
  '\0\0\0\0\0àảãáạẲằẳẵắẴ' + // B0-BF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // C0-CF
  'éẹềểễếệìỉỄẾỒĩíịò' + // D0-DF
  'Ổỏõóọồổỗốộờởỡớợù' + // E0-EF
  'ỖủũúụừửữứựỳỷỹýỵỐ'; // F0-FF
/** VN1 capitals that only reach us as raw bytes (C0/C1 control positions). */
const TCVN3_LOW: Record<number, string> = {
  0x01: 'Ú',
  0x02: 'Ụ',
  0x04: 'Ừ',
  0x05: 'Ử',
  0x06: 'Ữ',
  0x11: 'Ứ',
  0x12: 'Ự',
  0x13: 'Ỳ',
  0x14: 'Ỷ',
  0x15: 'Ỹ',
  0x16: 'Ý',
  0x17: 'Ỵ',
  0x80: 'À',
  0x81: 'Ả',
  0x82: 'Ã',
  0x83: 'Á',
  0x84: 'Ạ',
  0x85: 'Ặ',
  0x86: 'Ậ',
  0x87: 'È',
  0x88: 'Ẻ',
  0x89: 'Ẽ',
  0x8a: 'É',
  0x8b: 'Ẹ',
  0x8c: 'Ệ',
  0x8d: 'Ì',
  0x8e: 'Ỉ',
  0x8f: 'Ĩ',
  0x90: 'Í',
  0x91: 'Ị',
  0x92: 'Ò',
  0x93: 'Ỏ',
  0x94: 'Õ',
  0x95: 'Ó',
  0x96: 'Ọ',
  0x97: 'Ộ',
  0x98: 'Ờ',
  0x99: 'Ở',
  0x9a: 'Ỡ',
  0x9b: 'Ớ',
  0x9c: 'Ợ',
  0x9d: 'Ù',
  0x9e: 'Ủ',
  0x9f: 'Ũ',
};

export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  [...TCVN3_HIGH].forEach((ch, i) => {
    if (ch !== '\0') map.set(String.fromCharCode(0xa1 + i), ch);
  });
  for (const [code, ch] of Object.entries(TCVN3_LOW)) map.set(String.fromCharCode(Number(code)), ch);
  return map;
})();

/** VNI-Windows: a base letter followed by a modifier character, plus a few single characters. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const TONES: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
  const CIRCUMFLEX_TONES: Record<string, string> = {
    â: '',
    á: '\u0301',
    à: '\u0300',
    å: '\u0309',
    ã: '\u0303',
    ä: '\u0323',
  };
  const BREVE_TONES: Record<string, string> = {
    ê: '',
    é: '\u0301',
    è: '\u0300',
    ú: '\u0309',
    ü: '\u0303',
    ë: '\u0323',
  };
  const map = new Map<string, string>();
  const add = (base: string, mod: string, out: string): void => {
    for (const b of [base.toLowerCase(), base.toUpperCase()]) {
      const o = b === b.toLowerCase() ? out.toLowerCase() : out.toUpperCase();
      for (const m of new Set([mod, mod.toUpperCase()])) map.set(b + m, o.normalize('NFC'));
    }
  };
  const bases: [string, string][] = [
    ['a', 'a'],
    ['e', 'e'],
    ['o', 'o'],
    ['u', 'u'],
    ['y', 'y'],
    ['ô', 'o\u031B'],
    ['ö', 'u\u031B'],
  ];
  for (const [vni, uni] of bases) for (const [mod, mark] of Object.entries(TONES)) add(vni, mod, uni + mark);
  for (const b of ['a', 'e', 'o'])
    for (const [mod, mark] of Object.entries(CIRCUMFLEX_TONES)) add(b, mod, `${b}\u0302${mark}`);
  for (const [mod, mark] of Object.entries(BREVE_TONES)) add('a', mod, `a\u0306${mark}`);
  const singles: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
  for (const [vni, uni] of Object.entries(singles)) {
    map.set(vni, uni);
    map.set(vni.toUpperCase(), uni.toUpperCase());
  }
  return map;
})();

const VNI_PATTERN = new RegExp([...VNI_TO_UNICODE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const TCVN3_PATTERN = new RegExp(`[${[...TCVN3_TO_UNICODE.keys()].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
/** Letters of Vietnamese Unicode outside Latin-1: their presence means the text is already Unicode. */
const VIET_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;
/**
 * Latin-1 symbols that TCVN3 uses for its most frequent letters (â ê ơ ư đ à á ả ã ạ …), counted only
 * inside or at the edge of a word (`nh©n`, `vµ`, `®Þa`); « » are left out, being quotes far more often.
 */
const TCVN3_SYMBOL =
  /(?<=\p{L})[\u00A1-\u00AA\u00AC-\u00AE\u00B5-\u00BA\u00BC-\u00BE]|[\u00A1-\u00AA\u00AC-\u00AE\u00B5-\u00BA\u00BC-\u00BE](?=\p{L})/gu;
/** A Latin-1 capital inside a lower-case word (`TiÕng`, `chÝnh`): TCVN3 letters read as Latin-1. */
const MID_WORD_CAPITAL = /(?<=\p{Ll})[\u00C0-\u00DE](?=\p{Ll})/gu;
/** Latin-1 letters Vietnamese never uses, common in both legacy encodings. */
const FOREIGN_LETTER = /[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþ]/g;
/** VNI writes a vowel then a mark character: `aù`, `eä`, `oà`, `ôï`, `öø` … */
const VNI_PAIR = /[aeouyôöAEOUYÔÖ][ùøûõïáàåãäéèúüëÙØÛÕÏÁÀÅÃÄÉÈÚÜË]/g;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Which legacy encoding, if any, the text is written in (judged on the whole text). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const nfc = text.normalize('NFC');
  const symbols = count(nfc, TCVN3_SYMBOL) + count(nfc, MID_WORD_CAPITAL);
  const foreign = count(nfc, FOREIGN_LETTER);
  const viet = count(nfc, VIET_LETTER);
  if (symbols + foreign < 3 || symbols + foreign <= viet) return null;
  if (symbols >= 2 && symbols * 4 >= foreign) return 'tcvn3';
  return foreign >= 2 && count(nfc, VNI_PAIR) >= 2 ? 'vni' : null;
}

/** Converts one line of TCVN3 text; lines typed in the capitals font (.VnTimeH) are upper-cased. */
function convertTcvn3Line(line: string): string {
  const out = line.replace(TCVN3_PATTERN, (ch) => TCVN3_TO_UNICODE.get(ch) ?? ch);
  if (out === line) return out;
  const upper = count(line, /[A-Z]/g);
  if (upper >= 2 && count(line, /[a-z]/g) === 0) return out.toUpperCase();
  // Capitals font inside a mixed line: a word of ASCII capitals keeps its converted letters in capitals too.
  return out.replace(/\p{L}+/gu, (w) => (count(w, /[A-Z]/g) >= 2 && !/[a-z]/.test(w) ? w.toUpperCase() : w));
}

function convertVniLine(line: string): string {
  return line.replace(VNI_PATTERN, (seq) => VNI_TO_UNICODE.get(seq) ?? seq);
}

/** Converts text in the given legacy encoding to NFC Unicode, leaving lines that are already Unicode. */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  const convert = encoding === 'tcvn3' ? convertTcvn3Line : convertVniLine;
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => (count(line, VIET_LETTER) > 0 ? line : convert(line)))
    .join('\n')
    .normalize('NFC');
}

/**
 * Detects and converts legacy-encoded text; Unicode text comes back unchanged. When the whole text is not
 * legacy (a Unicode document with a few paragraphs pasted from an old .VnTime file), each line is judged
 * on its own, so those paragraphs are converted too.
 */
export function fixLegacyEncoding(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  if (encoding) return { text: convertLegacyText(text, encoding), encoding };
  let found: LegacyEncoding | null = null;
  const lines = text.split('\n').map((line) => {
    const lineEncoding = count(line, VIET_LETTER) === 0 ? detectLegacyEncoding(line) : null;
    if (!lineEncoding) return line;
    found ??= lineEncoding;
    return convertLegacyText(line, lineEncoding);
  });
  return found ? { text: lines.join('\n'), encoding: found } : { text, encoding: null };
}
