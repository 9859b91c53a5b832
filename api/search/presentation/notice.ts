import { itemWords, type SearchPlan } from '../query/index.js';
import type { Fallback } from '../types.js';

export interface NoticeFacts {
  fallback: Fallback | null;
  /** Sections that match only once accents are ignored (in accent-exact mode). */
  foldedOnly: number;
  /** The query was read as a question (or was longer than Meilisearch reads) and ranked, not matched. */
  question: boolean;
  /** Document numbers that matched nothing with the words, so the words were searched alone. */
  unmatchedNumbers?: readonly string[];
  /** Document numbers of a question whose words matched none of their sections, so all of them are shown. */
  numbersWithoutWords?: readonly string[];
}

/** The Vietnamese notice shown with the results, when the search relaxed the query or ranked a question. */
export function searchNotice(plan: SearchPlan, f: NoticeFacts): string | null {
  const parts: string[] = [];
  const numbers = f.unmatchedNumbers ?? [];
  if (numbers.length > 0) {
    parts.push(
      `Không có mục nào trích dẫn hoặc mang số ${numbers.join(', ')} cùng với các từ đã gõ; đang hiển thị các mục khớp các từ, không xét số văn bản.`,
    );
  }
  const named = f.numbersWithoutWords ?? [];
  if (named.length > 0) {
    parts.push(
      `Không có mục nào trích dẫn hoặc mang số ${named.join(', ')} chứa các từ của câu hỏi; đang hiển thị mọi mục trích dẫn hoặc mang số đó.`,
    );
  }
  if (f.question && f.fallback === 'partial') {
    const kept = plan.items.map((i) => itemWords(i).join(' ')).join(', ');
    parts.push(
      `Câu hỏi hoặc câu tìm dài: các mục được xếp theo mức độ liên quan, không bắt buộc chứa đủ mọi từ (từ đặc trưng nhất: ${kept}).`,
    );
  } else if (f.fallback === 'partial') {
    parts.push('Không có mục nào chứa đủ mọi từ; đang hiển thị các mục chứa nhiều từ nhất.');
  }
  if (f.fallback === 'accents') parts.push('Không có mục nào khớp đúng dấu; đang hiển thị các mục khớp khi bỏ dấu.');
  if (f.fallback === 'typos')
    parts.push('Không có mục nào khớp chính xác; đang hiển thị các mục khớp gần đúng (sai chính tả).');
  if (f.fallback === null && f.foldedOnly > 0) {
    parts.push(
      `Có thêm ${f.foldedOnly} mục chỉ khớp khi bỏ dấu (sai dấu hoặc từ khác dấu); tìm không dấu để xem cả các mục đó.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
