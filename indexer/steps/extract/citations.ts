import { findDocNumbers, type DocNumberMatch } from '../../../lib/vietnamese/index.js';
import type { ExtractedCitation, RawSection } from '../types.js';
import { txt, type Txt } from './bodies.js';
import { readLead } from './citation-lead.js';
import { citationRelation, unifyRelations, type CitingDocument } from './citation-relation.js';
import { readTail } from './citation-tail.js';
import { typeFromCode, typeFromWord } from './citation-types.js';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?<![\p{L}])(?:TP|Tp|P|TT|Q|GS|TS|ThS|PGS|V)$/u;

/** The sentence (or clause, for long ";"-separated sentences) around a position. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n' || c === ';' || c === '!' || c === '?') break;
    if (c === '.' && /\s/.test(text[from] ?? '') && !ABBREVIATION.test(text.slice(Math.max(0, from - 4), from - 1)))
      break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n' || c === ';' || c === '!' || c === '?') break;
    if (
      c === '.' &&
      (to + 1 >= text.length || /\s/.test(text[to + 1]!)) &&
      !ABBREVIATION.test(text.slice(Math.max(0, to - 3), to))
    ) {
      to++;
      break;
    }
    to++;
  }
  return text.slice(from, to).trim();
}

function capitalise(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** One cited number with everything its surroundings tell: type, label, date, issuer, title, sentence. */
function describe(t: Txt, m: DocNumberMatch, sectionIndex: number, doc: CitingDocument): ExtractedCitation {
  const lead = readLead(t, m.index);
  const context = sentenceAround(t.raw, m.index, m.index + m.raw.length);
  const sentenceStart = Math.max(0, t.raw.lastIndexOf(context, m.index));
  const tail = readTail(t, m.index + m.raw.length);
  const type = (lead.typeKey ? typeFromWord(lead.typeKey) : null) ?? typeFromCode(m.typeCode, m.form);
  return {
    key: m.key,
    label: lead.typeWord ? `${capitalise(lead.typeWord)} số ${m.display}` : m.display,
    number: m.display,
    type,
    issuer: tail.issuer ?? lead.issuer,
    date: tail.date ?? lead.date,
    title: tail.title,
    context,
    relation: citationRelation(
      { text: t.raw, sentenceStart, sentenceEnd: sentenceStart + context.length, numberStart: m.index },
      doc,
    ),
    sectionIndex,
  };
}

/**
 * Every cited document number in the body sections. The document's own number is its identity,
 * not a citation; numbers in the recipients list or the signature block are not citations either.
 */
export function extractCitations(
  sections: RawSection[],
  ownKey: string | null,
  doc: CitingDocument = { title: null, docType: null },
): ExtractedCitation[] {
  const out: ExtractedCitation[] = [];
  sections.forEach((section, sectionIndex) => {
    if (section.kind !== 'body') return;
    const t = txt(withContinuation(section.text, sections[sectionIndex + 1]));
    for (const m of findDocNumbers(section.text)) {
      if (m.key === ownKey) continue;
      out.push(describe(t, m, sectionIndex, doc));
    }
  });
  return unifyRelations(out);
}

/**
 * A section that stops mid-sentence (a page break in "… ngày" / "31 tháng 3 năm 2020 của …") is read
 * with the start of the next section, so a citation's date and issuer are not cut off.
 */
function withContinuation(text: string, next: RawSection | undefined): string {
  if (!next || next.kind !== 'body' || /[.;:!?)”"]\s*$/u.test(text)) return text;
  return `${text}\n${next.text.slice(0, 300)}`;
}
