import { matchHeading } from './headings.js';
import { columnSegments, isBlank, isCapsText } from './lines.js';

/**
 * The closing block of an official document: the signature (authority line `T/M BAN THƯỜNG VỤ`,
 * `K/T BÍ THƯ`, `T/L …`, `TM.`, `KT.`; the signer's position `CHÁNH VĂN PHÒNG`; `(Đã ký)`; the name) and
 * the recipients list (`Nơi nhận:` then `- …` lines down to `- Lưu …`). Plain-text extraction may put the
 * two columns one after the other or interleave them line by line; either way the lines of each kind are
 * gathered into one 'signature' and one 'recipients' section. A document without such a block (a news
 * report ending with its author's name) keeps its last lines as body text.
 */

type Kind = 'recipientsHead' | 'item' | 'authority' | 'position' | 'note' | 'name';

const RECIPIENTS_HEAD = /^N[ơo]i\s+nh[ậa]n\s*:?/iu;
const ITEM = /^(?:[-–+•·*]\s*\S|Lưu\b|Như\s+(?:trên|Điều|điều)\b)/u;
const AUTHORITY = /^(?:T\/M|K\/T|T\/L|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.|Q\/)\s*\p{Lu}/u;
const POSITION_WORDS =
  /BÍ\s+THƯ|VĂN\s+PHÒNG|TRƯỞNG|CHỦ\s+TỊCH|CHỦ\s+NHIỆM|GIÁM\s+ĐỐC|THƯỜNG\s+TRỰC|THƯỜNG\s+VỤ|TỔNG\s+BIÊN\s+TẬP|[UỦ]Y\s+VIÊN|THƯ\s+KÝ|CHỦ\s+TRÌ|KẾ\s+TOÁN|PHÓ\s+BAN/u;
const NOTE =
  /^\(?\s*(?:đã\s+ký|ký(?:\s+tên)?(?:\s*(?:,|và)\s*(?:ghi\s+rõ\s+họ\s+tên|đóng\s+dấu))*|chữ\s+ký|đã\s+ký\s+và\s+đóng\s+dấu)\s*\)?\.?$/iu;
const NAME = /^\p{Lu}[\p{Ll}]{0,7}(?:\s+\p{Lu}[\p{Ll}]{0,7}){1,4}$/u;
const CAPS_NAME = /^\p{Lu}+(?:\s+\p{Lu}+){1,4}$/u;

function classify(segment: string, afterSignatureLine: boolean): Kind | null {
  if (RECIPIENTS_HEAD.test(segment)) return 'recipientsHead';
  if (ITEM.test(segment)) return 'item';
  if (AUTHORITY.test(segment)) return 'authority';
  if (NOTE.test(segment)) return 'note';
  if (isCapsText(segment) && segment.length <= 80 && !matchHeading(segment)?.label && POSITION_WORDS.test(segment))
    return 'position';
  if (NAME.test(segment)) return 'name';
  if (afterSignatureLine && CAPS_NAME.test(segment)) return 'name';
  return null;
}

export interface Closing {
  /** First line of the closing block. */
  start: number;
  recipients: string[];
  signature: string[];
  /** Which of the two came first in the text. */
  recipientsFirst: boolean;
}

/** Finds the closing block at the end of `lines[from…]`, or null when the document has none. */
export function findClosing(lines: string[], from = 0): Closing | null {
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isBlank(line)) {
      start = i;
      continue;
    }
    const segments = columnSegments(line);
    if (!segments.every((s) => classify(s, true) !== null)) break;
    start = i;
  }
  // Bullet lines at the top of the block with no "Nơi nhận" above them are the body's last list.
  while (
    start < lines.length &&
    (isBlank(lines[start]!) || columnSegments(lines[start]!).every((s) => classify(s, true) === 'item'))
  )
    start++;
  if (start >= lines.length) return null;
  return gather(lines, start);
}

function gather(lines: string[], start: number): Closing | null {
  const recipients: string[] = [];
  const signature: string[] = [];
  let inRecipients = false;
  let signatureLine = false;
  let anchored = false;
  for (const line of lines.slice(start)) {
    if (isBlank(line)) continue;
    for (const segment of columnSegments(line)) {
      const kind = classify(segment, signatureLine);
      if (kind === 'recipientsHead') inRecipients = true;
      if (kind === 'recipientsHead' || kind === 'authority' || kind === 'position') anchored = true;
      if (kind === 'recipientsHead' || (kind === 'item' && inRecipients)) recipients.push(segment);
      else if (kind === 'item') return null;
      else {
        signature.push(segment);
        signatureLine = kind === 'authority' || kind === 'position' || kind === 'note' || signatureLine;
      }
    }
  }
  if (!anchored) return null;
  const firstRecipient = lines.slice(start).findIndex((l) => RECIPIENTS_HEAD.test(l.trim()));
  const firstSignature = lines
    .slice(start)
    .findIndex((l) => !isBlank(l) && !RECIPIENTS_HEAD.test(l.trim()) && !ITEM.test(l.trim()));
  const recipientsFirst = firstSignature < 0 || (firstRecipient >= 0 && firstRecipient < firstSignature);
  return { start, recipients, signature, recipientsFirst };
}
