import { findDocNumbers } from '../../../lib/vietnamese/index.js';
import { bodyAfterCua, bodyAt, endsWithPersonName, type Txt } from './bodies.js';
import { dayAtStart } from './date.js';

/**
 * What follows a cited number, in the order the domain note gives (each part optional): a date
 * ("ngày 15/6/2016", "(ngày 27/12/2014)"), the issuer ("của Ban Thường vụ Tỉnh ủy", "do Thủ tướng ban
 * hành ngày …"), and a title ("về …", "về việc …", a quotation, "quy định …") that ends at ";", ")",
 * a closing quote, a nested citation or the sentence end.
 */

export interface Tail {
  date: string | null;
  issuer: string | null;
  title: string | null;
}

const FILLER = /^[ \t]*[,(]?[ \t]*/u;
const YEAR_ONLY = /^năm[ \t]+\d{4}/u;
const SIGNED = /^[ \t]*(?:ký|ban[ \t]+hành)[ \t]+(?=ngày)/u;
const DO_SIGNED = /^do[ \t]+/u;
/** "do ông Trần Văn Dũng, Chủ tịch UBND huyện … ký ngày …": a person signed it; only the date is kept. */
const SIGNED_BY_PERSON = /^[^.;\n]{2,110}?(?=[ \t](?:ký|ban[ \t]+hành)[ \t]+ngày)/u;
const TITLE_START = /^(?:về[ \t]|v\/v[ \t]|[“"][ \t]?\p{L}|quy[ \t]+định[ \t]|hướng[ \t]+dẫn[ \t]|ban[ \t]+hành[ \t])/u;
/** Where a title gives way to the rest of the sentence: a new clause after a comma, a new citation, a conjunction. */
const CLAUSE_AFTER_COMMA =
  /^,[ \t]+(?:\p{Lu}|(?:đó là|trong đó|theo đó|qua đó|từ đó|do đó|vì vậy|nhằm|để|thì|nên|mà|đây|đồng thời|tuy nhiên|gây|khi)(?![\p{L}]))/u;
const ENDS_TITLE =
  /^[ \t]+(?:khi|thì|nhưng|sẽ|có hiệu lực|\(sau đây|gắn với|và (?:các |những |dự thảo )?(?:văn bản|quyết định|quy định|nghị quyết|nghị định|chỉ thị|kết luận|kế hoạch|thông báo|thông tư|công văn|tờ trình|báo cáo))(?![\p{L}])/u;

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"' };

/** Where a title that starts at `start` ends. */
function titleEnd(t: Txt, start: number): number {
  const quoteAt = QUOTE_PAIRS[t.raw[start]!]
    ? start
    : /^về[ \t]+(?:việc[ \t]+)?[“"]/u.test(t.low.slice(start, start + 12))
      ? t.raw.slice(start).search(/[“"]/u) + start
      : -1;
  const open = quoteAt >= 0 ? QUOTE_PAIRS[t.raw[quoteAt]!] : undefined;
  if (open) {
    const close = t.raw.indexOf(open, quoteAt + 1);
    const nextItem = t.low
      .slice(quoteAt, close)
      .search(
        /[ \t]+và (?:các |những |dự thảo )?(?:văn bản|quyết định|quy định|nghị quyết|nghị định|chỉ thị|kết luận|kế hoạch|thông báo|thông tư|công văn)(?![\p{L}])/u,
      );
    if (close > 0 && nextItem >= 0) return quoteAt + nextItem;
    if (close > 0 && close - start < 500) return close + 1;
  }

  const limit = Math.min(t.raw.length, start + 400);
  let depth = 0;
  let inQuote = false;
  for (let i = start; i < limit; i++) {
    const c = t.raw[i]!;
    if (c === '“') inQuote = true;
    else if (c === '”') {
      if (!inQuote) return i;
      inQuote = false;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ';' || c === '\n') return i;
    else if (c === ',' && depth === 0 && !inQuote && CLAUSE_AFTER_COMMA.test(t.raw.slice(i, i + 14))) return i;
    else if (
      c === '.' &&
      /^\.(?:\s|$)/.test(t.raw.slice(i, i + 2)) &&
      !/(?<![\p{L}])(?:TP|Tp|\p{Lu})$/u.test(t.raw.slice(i - 3, i))
    )
      return i;
    if (c === ' ' && depth === 0 && !inQuote && ENDS_TITLE.test(t.low.slice(i, i + 30))) return i;
  }
  return limit;
}

function readTitle(t: Txt, start: number): string | null {
  let end = titleEnd(t, start);
  const nested = findDocNumbers(t.raw.slice(start, end))[0];
  if (nested) {
    end = start + nested.index + nested.raw.length;
    const day = dayAtStart(t.raw.slice(end).replace(/^,/, ' '));
    if (day) end += day.length;
    const issuer = bodyAfterCua(t, end);
    if (issuer) end = issuer.end;
  }
  const title = t.raw
    .slice(start, end)
    .replace(/[\s,.:]+$/u, '')
    .replace(/\s+/g, ' ');
  return title.length >= 5 ? title : null;
}

export function readTail(t: Txt, numberEnd: number): Tail {
  const tail: Tail = { date: null, issuer: null, title: null };
  let at = numberEnd;
  for (let step = 0; step < 6; step++) {
    at += FILLER.exec(t.raw.slice(at))![0].length;
    const low = t.low.slice(at, at + 40);
    const signed = SIGNED.exec(low);
    const day = dayAtStart(t.raw.slice(at + (signed?.[0].length ?? 0)));
    if (day) {
      tail.date ??= day.iso;
      at += (signed?.[0].length ?? 0) + day.length;
      if (t.raw[at] === ')') at++;
      continue;
    }
    const year = YEAR_ONLY.exec(low);
    if (year) {
      at += year[0].length;
      continue;
    }
    const cua = /^của[ \t]/u.test(low) ? bodyAfterCua(t, at) : null;
    if (cua) {
      tail.issuer ??= cua.text;
      at = cua.end;
      continue;
    }
    const by = DO_SIGNED.exec(low);
    const agent = by ? bodyAt(t, at + by[0].length) : null;
    if (agent && SIGNED.test(t.low.slice(agent.end, agent.end + 20))) {
      if (!endsWithPersonName(agent.text)) tail.issuer ??= agent.text;
      at = agent.end;
      continue;
    }
    const signedBy = by ? SIGNED_BY_PERSON.exec(t.low.slice(at + by[0].length, at + 140)) : null;
    if (signedBy) {
      at += by![0].length + signedBy[0].length;
      continue;
    }
    if (TITLE_START.test(low)) tail.title = readTitle(t, at);
    break;
  }
  return tail;
}
