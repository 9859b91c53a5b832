import { CITATION_RELATIONS, type CitationRelation } from '../../../lib/schema/records.js';
import { findDocNumbers } from '../../../lib/vietnamese/index.js';
import { findCues, foldLow, isAdjacent, isSelfStated, TYPE_RE, type Cue } from './relation-cues.js';
import { lastBreak, windowStart } from './relation-window.js';

/**
 * The relation of a citation (docs/relations.md): the cue that governs its number in its sentence.
 * Numbers are read in order. The first takes the nearest cue before it ("Thực hiện Chỉ thị số …").
 * A later one after a clause break takes the cue of its own clause (", Bộ GTVT … hủy bỏ Văn bản số …"),
 * or shares the list's relation when only a type word follows the break (", Kết luận số …"). Without a
 * break it stands in the previous citation's title: a cue right before it describes that cited
 * document ("Kết luận số 19-KL/TW về tổng kết … thực hiện Chỉ thị số 56-CT/TW"), so it is a mention,
 * except that carrying out what carries out a document carries that document out too. A sentence
 * with no cue falls back on "… hết hiệu lực kể từ ngày Nghị định này có hiệu lực" after the number,
 * then on the citing document's title ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW").
 */

export interface CitingDocument {
  title: string | null;
  docType: string | null;
}

export interface CitationSpot {
  /** The section text, the citing sentence's bounds in it, and where the cited number starts. */
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  numberStart: number;
}

interface Num {
  start: number;
  end: number;
  key: string;
}

const LIST_SEPARATOR = new RegExp(
  `^[\\s,;:.]*(?:(?:[-+•*–]|\\d{1,2}[.)]|[a-z][.)])\\s*)?(?:va\\s+)?(?:(?:cac|nhung)\\s+)?(?:${TYPE_RE})?\\s*(?:so\\s*:?)?\\s*$`,
  'u',
);
const CHAINS: CitationRelation[] = ['implements', 'guides'];

let folded: { text: string; low: string } = { text: '', low: '' };
function foldOnce(text: string): string {
  if (folded.text !== text) folded = { text, low: foldLow(text) };
  return folded.low;
}

/** The nearest cue in [from, number) that governs the number; null when none does. */
function governing(
  text: string,
  low: string,
  from: number,
  number: number,
  doc: CitingDocument,
): CitationRelation | null {
  const cues = findCues(low, from, number);
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (c.rule.adjacent && !isAdjacent(low, c.end, number)) continue;
    if (c.rule.alias) return null;
    if (c.rule.directiveOnly && doc.docType === 'tin_bai') {
      // "thực hiện theo Công văn số …": the verb governs; a bare "theo" in a news report only refers.
      const verb = cues[i - 1];
      if (verb && verb.relation === 'implements' && /^\s*$/u.test(low.slice(verb.end, c.start))) continue;
      return 'mentions';
    }
    if (c.relation !== 'mentions') return c.relation;
    const stated = cues
      .slice(0, i)
      .reverse()
      .find((e) => e.relation !== 'mentions' && isSelfStated(low, e) && lastBreak(text, e.end, c.start) === null);
    return stated?.relation ?? 'mentions';
  }
  return null;
}

/** The nearest relation cue in a title before the cited key, or null. */
export function titleRelation(title: string | null, key: string): CitationRelation | null {
  if (!title) return null;
  const n = findDocNumbers(title).find((m) => m.key === key);
  if (!n) return null;
  const low = foldLow(title);
  const cue = findCues(low, 0, n.index)
    .filter((c) => c.relation !== 'mentions' && !c.rule.adjacent)
    .at(-1);
  return cue?.relation ?? null;
}

function fallback(low: string, n: Num, sentenceEnd: number, doc: CitingDocument): CitationRelation {
  const endsForce = findCues(low, n.end, sentenceEnd).some(
    (c) => c.relation === 'replaces' && /^het hieu luc/u.test(low.slice(c.start)),
  );
  if (endsForce) return 'replaces';
  return titleRelation(doc.title, n.key) ?? 'mentions';
}

function nestedCue(low: string, from: number, number: number): Cue | undefined {
  return findCues(low, from, number)
    .filter((c) => c.relation !== 'mentions' && !c.rule.adjacent && isAdjacent(low, c.end, number))
    .at(-1);
}

export function citationRelation(spot: CitationSpot, doc: CitingDocument): CitationRelation {
  const { text, sentenceEnd, numberStart } = spot;
  const low = foldOnce(text);
  const from = windowStart(text, spot.sentenceStart);
  const numbers: Num[] = findDocNumbers(text.slice(from, sentenceEnd)).map((m) => ({
    start: from + m.index,
    end: from + m.index + m.raw.length,
    key: m.key,
  }));
  if (!numbers.some((n) => n.start === numberStart)) return 'mentions';
  let listRel = 'mentions' as CitationRelation;
  let prevEnd: number | null = null;
  for (const n of numbers) {
    let rel: CitationRelation;
    let nested = false;
    const brk = prevEnd === null ? from : lastBreak(text, prevEnd, n.start);
    if (prevEnd !== null && brk === null) {
      const inner = nestedCue(low, prevEnd, n.start);
      nested = inner !== undefined && !isSelfStated(low, inner);
      rel = !inner
        ? listRel
        : !nested
          ? inner.relation
          : CHAINS.includes(inner.relation) && (listRel === 'implements' || listRel === 'reviews')
            ? listRel
            : 'mentions';
    } else if (prevEnd !== null && LIST_SEPARATOR.test(low.slice(brk!, n.start))) {
      rel = listRel;
    } else {
      rel = governing(text, low, brk!, n.start, doc) ?? fallback(low, n, sentenceEnd, doc);
    }
    if (n.start === numberStart) return rel;
    if (!nested) listRel = rel;
    prevEnd = n.end;
  }
  return 'mentions';
}

/** The more telling of two relations (CITATION_RELATIONS order). */
export function moreTelling(a: CitationRelation, b: CitationRelation): CitationRelation {
  return CITATION_RELATIONS.indexOf(a) <= CITATION_RELATIONS.indexOf(b) ? a : b;
}

/** One relation per key and sentence: a number repeated as an alias "(sau đây gọi tắt là …)" keeps the sentence's relation. */
export function unifyRelations<
  T extends { key: string; context: string; sectionIndex: number; relation: CitationRelation },
>(list: T[]): T[] {
  const best = new Map<string, CitationRelation>();
  const id = (c: T) => `${c.sectionIndex}\u0000${c.key}\u0000${c.context}`;
  for (const c of list) best.set(id(c), moreTelling(best.get(id(c)) ?? 'mentions', c.relation));
  return list.map((c) => ({ ...c, relation: best.get(id(c))! }));
}
