import { isBlank, NOTE_START, SUP } from './lines.js';
import { continuesSentence } from './rejoin.js';

/**
 * Footnotes (`¹ …`, `⁽¹⁾ …`) sit where the page broke, often in the middle of a sentence. They are taken
 * out of the flow (the interrupted sentence is rejoined) and later appended to the section whose text
 * holds their reference marker.
 */

export interface Footnote {
  /** The note number as digits: "1". */
  key: string;
  text: string;
  /** Index (in the lines left after extraction) of the last line before the note. */
  after: number;
}

const SUP_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const toDigits = (sup: string): string => [...sup].map((c) => String(SUP_DIGITS.indexOf(c))).join('');
const toSup = (digits: string): string => [...digits].map((d) => SUP_DIGITS[Number(d)]).join('');

/** A reference to note `key` in running text: `¹` or `⁽¹⁾`, not part of a longer superscript number. */
export function footnoteReference(key: string): RegExp {
  return new RegExp(`(?<!${SUP})${toSup(key)}(?!${SUP})`, 'u');
}

export function extractFootnotes(input: string[]): { lines: string[]; notes: Footnote[] } {
  const lines: string[] = [];
  const notes: Footnote[] = [];
  let lastText = -1;
  let interrupted = false;
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!;
    const m = line.match(NOTE_START);
    if (m) {
      const body = [line.trim()];
      while (i + 1 < input.length && !isBlank(input[i + 1]!) && !NOTE_START.test(input[i + 1]!))
        body.push(input[++i]!.trim());
      notes.push({ key: toDigits(m[1] ?? m[2]!), text: body.join('\n'), after: lastText });
      interrupted = true;
      continue;
    }
    if (isBlank(line)) {
      lines.push(line);
      continue;
    }
    if (interrupted && lastText >= 0 && continuesSentence(lines[lastText]!, line, false)) {
      lines.length = lastText + 1;
      lines[lastText] = `${lines[lastText]!.trimEnd()} ${line.trim()}`;
    } else {
      lines.push(line);
      lastText = lines.length - 1;
    }
    interrupted = false;
  }
  return { lines, notes };
}
