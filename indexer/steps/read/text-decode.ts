import { countLetters } from '../../../lib/vietnamese/normalize.js';
import { convertLegacyText, detectLegacyEncoding } from '../../../lib/vietnamese/legacy-encodings.js';
import { ReadError } from './errors.js';

/**
 * Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 LE/BE (with a BOM, or without one
 * when the NUL pattern is unmistakable), and for bytes that are not UTF-8: the legacy Vietnamese 8-bit
 * encodings TCVN3/VNI and Windows-1258. Anything else is an error (never silently replaced), so that a
 * wrongly encoded file is reported rather than indexed as garbage.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = bomlessUtf16(body);
  if (utf16) return new TextDecoder(utf16).decode(body);
  if (looksBinary(body)) throw new ReadError('the file holds binary data, not text', 'binary');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    rejectDamagedUtf8(body);
    return decodeLegacyBytes(body);
  }
}

/**
 * UTF-8 with a few broken bytes is damaged UTF-8, not a legacy encoding: decoding it as Windows-1258
 * would index mojibake. Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences.
 */
function rejectDamagedUtf8(bytes: Uint8Array): void {
  const text = new TextDecoder('utf-8').decode(bytes);
  const broken = text.match(/\uFFFD/g)?.length ?? 0;
  const good = text.match(/[\u0080-\uFFFC\uFFFE-\u{10FFFF}]/gu)?.length ?? 0;
  if (good >= 3 && good >= broken) {
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, at).split('\n').length;
    throw new ReadError(
      `the file is UTF-8 with ${broken} damaged byte sequence(s) (first on line ${line}); repair or re-save it as UTF-8`,
      'encoding',
    );
  }
}

/** Bytes that are not UTF-8: TCVN3/VNI read byte for byte, else Windows-1258, else an error. */
function decodeLegacyBytes(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const legacy = detectLegacyEncoding(latin1);
  if (legacy) return convertLegacyText(latin1, legacy);
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const letters = countLetters(cp1258);
  const viet = cp1258.match(/[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g)?.length ?? 0;
  if (viet >= 3 && viet / letters >= 0.03) return cp1258;
  throw new ReadError(
    'the file is not valid UTF-8 and not in a known Vietnamese encoding (TCVN3, VNI, Windows-1258); save it as UTF-8',
    'encoding',
  );
}

/** UTF-16 without a BOM: most code units of Vietnamese/ASCII text have a zero byte on one side. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const units = sample.length / 2;
  const order =
    oddZero / units > 0.4 && evenZero / units < 0.05
      ? 'utf-16le'
      : evenZero / units > 0.4 && oddZero / units < 0.05
        ? 'utf-16be'
        : null;
  if (!order) return null;
  // Binary data (e.g. arrays of small integers) has the same zero pattern but does not decode to text.
  const text = new TextDecoder(order).decode(sample);
  const plain = text.match(/[\t\n\r\x20-\x7E\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F]/g)?.length ?? 0;
  return plain / text.length >= 0.9 ? order : null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
