import { matchHeading } from './headings.js';
import { ENDS_SENTENCE, isBlank, isCapsText, isFootnoteLine } from './lines.js';

/**
 * A page break in the source often leaves a blank line in the middle of a sentence
 * (`… của Chính` / `phủ, chỉ đạo …`). Such a paragraph break is removed when the line before does not
 * end a sentence and the line after starts in lower case (or with a number that is not a heading).
 */
export function continuesSentence(before: string, after: string, strict = true): boolean {
  const next = after.trim();
  if (ENDS_SENTENCE.test(before) || isCapsText(before) || isFootnoteLine(before) || isFootnoteLine(after)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (strict) return /^\d/.test(next) && matchHeading(next) === null && before.trim().length >= 60;
  return matchHeading(next) === null;
}

export function rejoinBrokenParagraphs(input: string[]): string[] {
  const lines: string[] = [];
  let last = -1;
  for (const line of input) {
    if (isBlank(line)) {
      lines.push(line);
      continue;
    }
    const gap = last >= 0 && last < lines.length - 1;
    if (gap && continuesSentence(lines[last]!, line)) {
      lines.length = last + 1;
      lines[last] = `${lines[last]!.trimEnd()} ${line.trim()}`;
    } else {
      lines.push(line);
      last = lines.length - 1;
    }
  }
  return lines;
}
