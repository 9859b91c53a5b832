import type { DocType } from '../../../lib/schema/records.js';
import { collapseSpaces } from '../../../lib/vietnamese/index.js';
import { smartCase } from './casing.js';
import { docTypeFromTypeLine, isTypeLine, typeLineTitle } from './doc-type.js';
import { typeWithoutTypeLine } from './doc-type-evidence.js';
import { headlineIndex } from './headline.js';

export interface TitleInfo {
  title: string;
  docType: DocType;
  /** How the type was found: the type line, or an evidence source of doc-type-evidence.ts. */
  docTypeSource: string;
  /** Offset in the text where the title block ends (the body starts after it). */
  bodyStart: number;
  /** The subject lines after the type line (usual casing), or null for a headline. */
  subject: string | null;
  /** True when no headline stood first: the title is the first clause of the opening sentence. */
  lead?: boolean;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    out.push({ text: raw.trim(), start, end: start + raw.length });
    start += raw.length + 1;
  }
  return out;
}

const RULE = /^[-_=*]{3,}$/;
const STOPS_SUBJECT = (l: string): boolean =>
  /^(ngày|Ngày|Căn cứ|Thực hiện|Kính gửi)(?![\p{L}])/u.test(l) || /^[IVX]+[.\-]\s|^\d+\.\s/.test(l) || RULE.test(l);

/** The subject lines after a type line: up to a rule, a dated opening sentence, a heading or a long paragraph. */
function subjectAfter(lines: Line[], typeAt: number): { subject: string[]; last: number } {
  const subject: string[] = [];
  let last = typeAt;
  let afterBlank = false;
  for (let i = typeAt + 1; i < Math.min(lines.length, typeAt + 12); i++) {
    const l = lines[i]!.text;
    if (l === '') {
      afterBlank = true;
      continue;
    }
    // After a blank line only a lower-case continuation ("với …", "và …") still belongs to the subject.
    if (afterBlank && subject.length > 0 && !/^\p{Ll}/u.test(l)) break;
    afterBlank = false;
    if (RULE.test(l)) return { subject, last: i };
    if (STOPS_SUBJECT(l) || l.length > 220 || (subject.length > 0 && /[.:]$/.test(subject[subject.length - 1]!))) break;
    if (subject.length > 0 && l.length >= 120) break;
    subject.push(l);
    last = i;
  }
  return { subject, last };
}

/** Lower-cases the first letter of a subject line unless it starts a proper name ("Ban Thường vụ…"). */
function subjectCase(line: string): string {
  const cased = smartCase(line);
  if (
    /^(?:Ban|Bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Đảng|Thường trực|Ủy ban|UBND|HĐND|Hội đồng|Văn phòng)(?![\p{L}])/u.test(
      cased,
    )
  )
    return cased;
  return cased.charAt(0).toLocaleLowerCase('vi') + cased.slice(1);
}

/** A news headline: a short first line that is not a sentence (no final full stop, no dateline). */
function isHeadline(line: string): boolean {
  return line.length > 0 && line.length <= 250 && !/\.$/.test(line) && !/^(?:ngày|sáng|chiều|tối)\s+\d/i.test(line);
}

/** Without a headline: the first clause of the opening sentence stands for the title. */
function firstClause(line: string): string {
  const clause = line.match(/^.*?(?=;|\.\s|\.$)/)?.[0] ?? line;
  return clause.length <= 200 ? clause : `${clause.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

/**
 * Title and type: a type line in capitals followed by the subject lines; without a type line, the
 * headline of a news report (or, lacking one, the first clause of its opening sentence).
 */
export function extractTitle(text: string, looksOfficial: boolean): TitleInfo {
  const lines = linesOf(text);
  const typeAt = lines.slice(0, 40).findIndex((l) => isTypeLine(l.text));
  if (typeAt >= 0) {
    const typeLine = lines[typeAt]!.text;
    const { subject, last } = subjectAfter(lines, typeAt);
    const cased = collapseSpaces(subject.map(subjectCase).join(' '));
    const title = collapseSpaces(`${typeLineTitle(typeLine)} ${cased}`);
    return {
      title,
      docType: docTypeFromTypeLine(typeLine) ?? 'khac',
      docTypeSource: 'type-line',
      bodyStart: lines[last]!.end,
      subject: cased,
    };
  }
  const first = looksOfficial ? lines.find((l) => l.text !== '') : lines[headlineIndex(lines.map((l) => l.text))];
  const { type: docType, source: docTypeSource } = typeWithoutTypeLine(
    text,
    looksOfficial ? 'khac' : 'tin_bai',
    first?.text ?? '',
  );
  if (!first) return { title: '', docType, docTypeSource, bodyStart: 0, subject: null };
  if (isHeadline(first.text))
    return { title: collapseSpaces(first.text), docType, docTypeSource, bodyStart: first.end, subject: null };
  return {
    title: collapseSpaces(firstClause(first.text)),
    docType,
    docTypeSource,
    bodyStart: first.start,
    subject: null,
    lead: true,
  };
}
