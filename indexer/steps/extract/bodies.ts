import { gazetteer, placeKey } from '../../../lib/gazetteer/load.js';
import { SURNAMES } from './person-names.js';
import { modernTones } from './tone.js';

/**
 * Names of issuing bodies in running text: "Ban Thường vụ Tỉnh ủy", "Thủ tướng Chính phủ",
 * "UBND tỉnh Lâm Đồng", "Hội đồng nhân dân tỉnh". A body starts with a known head and goes on over
 * capitalised words, level words ("tỉnh", "huyện", "trung ương") and the lower-case syllables of
 * proper names ("Ban Tuyên giáo"), until a word that cannot belong to a name.
 */

/** Lower-cased text with modern tone placement, offsets equal to the original. */
export interface Txt {
  raw: string;
  low: string;
}
export function txt(raw: string): Txt {
  return { raw, low: modernTones(raw).toLowerCase() };
}

// prettier-ignore
const HEADS = [
  'ban chấp hành trung ương', 'ban chấp hành', 'bộ chính trị', 'ban bí thư', 'ban thường vụ', 'thường trực', 'thường vụ',
  'tỉnh ủy', 'huyện ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'đảng đoàn', 'ban cán sự', 'ủy ban kiểm tra', 'ubkt',
  'văn phòng', 'ban tổ chức', 'ban tuyên giáo', 'ban dân vận', 'ban nội chính', 'ban chỉ đạo', 'đảng bộ', 'chi bộ',
  'thủ tướng chính phủ', 'phó thủ tướng', 'thủ tướng', 'chính phủ', 'quốc hội', 'ủy ban thường vụ quốc hội',
  'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd', 'bộ trưởng', 'chánh thanh tra', 'thanh tra', 'chánh án',
  'tòa án nhân dân', 'tòa', 'tand', 'viện kiểm sát', 'vksnd', 'chủ tịch nước', 'chủ tịch', 'tổng cục', 'cục', 'bộ', 'sở', 'phòng',
  'ủy ban mặt trận tổ quốc', 'ubmttq', 'mặt trận tổ quốc', 'tạp chí', 'công an', 'hội', 'ban', 'ủy ban',
].sort((a, b) => b.length - a.length);

/** Lower-case words that may stand inside a body's name: levels and organisation nouns ("UBND tỉnh", "tòa án"). */
// prettier-ignore
const NAME_WORDS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'trấn', 'tp', 'trung', 'ương', 'tối', 'cao', 'nhân',
  'dân', 'khóa', 'ủy', 'ban', 'bộ', 'sở', 'tòa', 'án', 'cục', 'đảng', 'ấp', 'cấp']);
/** Two-word levels and organisation nouns inside a name: "UBND thành phố …", "Đảng bộ xã … chi bộ ấp …". */
const LEVEL_PAIRS =
  /^(?:thành phố|thị xã|thị trấn|chi bộ|đảng bộ|ủy ban|hội đồng|tổng cục|văn phòng|tòa án)(?![\p{L}])/u;
/** Heads that name no body without a name after them ("Bộ", "Ban", "Công an" alone are words, not bodies). */
// prettier-ignore
const GENERIC = new Set(['bộ', 'ban', 'sở', 'phòng', 'cục', 'hội', 'ủy ban', 'công an', 'tòa', 'văn phòng', 'thanh tra', 'chủ tịch']);

/** Two-syllable words of organisation names whose second syllable is written in lower case ("Ban Tuyên giáo"). */
// prettier-ignore
const NAME_BIGRAMS = new Set(('tuyên giáo|tổ chức|dân vận|nội chính|kinh tế|chính trị|bí thư|thường vụ|chấp hành|kiểm tra|'
  + 'thi hành|hành án|tài nguyên|môi trường|lao động|thương binh|xã hội|kế hoạch|đầu tư|tài chính|giáo dục|đào tạo|y tế|'
  + 'tư pháp|công an|công thương|nông nghiệp|phát triển|nông thôn|xây dựng|giao thông|vận tải|khoa học|công nghệ|'
  + 'thông tin|truyền thông|văn hóa|thể thao|du lịch|nội vụ|ngoại giao|quốc phòng|luật gia|cộng sản|phúc thẩm|sơ thẩm|'
  + 'quản lý|hội đồng|văn phòng|thanh tra|đăng ký|đất đai|công dân|thập đỏ|phụ nữ|chiến binh|thanh niên|mặt trận|tổ quốc|'
  + 'công đoàn|hợp tác|hải quan|kho bạc|ngân hàng|bảo hiểm|thống kê|dân tộc|tôn giáo|quân sự|biên phòng|thi đua|khen thưởng|'
  + 'lý luận|cán bộ|an ninh|trật tự|tình báo|hậu cần|kiểm sát|chính phủ|lâm nghiệp|thủy sản|kiểm lâm|chỉ đạo|điều tra|'
  + 'chính sách|tiếp công|công tác|hội luật').split('|'));

function continuesName(prevLow: string, lw: string): boolean {
  return NAME_BIGRAMS.has(`${prevLow} ${lw}`);
}

/** Words (lower-case, modern tones) that end a body's name. */
// prettier-ignore
const STOP = new Set(['về', 'ngày', 'quy', 'hướng', 'tại', 'theo', 'đối', 'đã', 'được', 'cho', 'nhằm', 'để', 'trong', 'với',
  'khi', 'thì', 'là', 'do', 'gồm', 'có', 'thực', 'triển', 'chỉ', 'yêu', 'nêu', 'không', 'cũng', 'vừa', 'sẽ', 'đang', 'gửi',
  'trình', 'phê', 'kèm', 'năm', 'số', 'đảm', 'bảo', 'xem', 'quyết', 'kết', 'thông', 'tiếp', 'lần', 'như', 'mà', 'nên',
  'này', 'đó', 'các', 'những', 'một', 'tháng', 'qua', 'từ', 'đến', 'sau', 'trước', 'bị', 'phải', 'cần', 'ký', 'ra',
  'hoặc', 'thay', 'đề', 'lãnh', 'ông', 'bà']);

/** Phrases that end a body's name although their first word may belong to one ("ban hành" after "Ban"). */
const STOP_PHRASE =
  /^(?:ban hành|tổ chức|chỉ đạo|đồng chí|quyết định|quy định|nghị quyết|nghị định|chỉ thị|kết luận|kế hoạch|thông báo|thông tư|công văn|văn bản|tờ trình|báo cáo)(?![\p{L}])/u;

export interface BodyMatch {
  text: string;
  start: number;
  end: number;
}

export function headAt(t: Txt, start: number): string | null {
  for (const head of HEADS) {
    if (t.low.startsWith(head, start) && !/[\p{L}\p{N}]/u.test(t.low[start + head.length] ?? '')) return head;
  }
  return null;
}

const TOKEN = /([ \t]+[-–][ \t]+|[ \t]+|[ \t]*\([ \t]*(?=[Kk]ho))([\p{L}\p{N}.]+)/uy;

/** After "và": the name goes on only with a capitalised word that starts no new document or body. */
function andContinues(t: Txt, at: number): boolean {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(t.raw);
  const next = at + (m?.[1]?.length ?? 0);
  return !!m && /^\p{Lu}/u.test(m[2]!) && !STOP_PHRASE.test(t.low.slice(next)) && !headAt(t, next);
}

/** The body named at `start` (ending by `limit` at the latest), or null when no known head starts there. */
export function bodyAt(t: Txt, start: number, limit = t.raw.length): BodyMatch | null {
  const head = headAt(t, start);
  if (!head) return null;
  let end = start + head.length;
  let prev = t.raw.slice(start, end).split(/\s+/).pop() ?? '';
  let prevLow = prev.toLowerCase();
  let paren = false;
  let named = false;
  for (let words = 0; words < 14; words++) {
    TOKEN.lastIndex = end;
    const m = TOKEN.exec(t.raw);
    if (!m || end + m[0].length > limit) break;
    const word = m[2]!.replace(/\.$/, '');
    const at = end + m[1]!.length;
    const lw = t.low.slice(at, at + word.length);
    const joined = /[-–]/.test(m[1]!);
    if (STOP.has(lw) || (!joined && STOP_PHRASE.test(t.low.slice(at)))) break;
    if (lw === 'và' && !andContinues(t, at + word.length)) break;
    if (/^\d/.test(word) && !/^\p{Lu}/u.test(prev)) break;
    const pair = LEVEL_PAIRS.exec(t.low.slice(at));
    if (pair) {
      end = at + pair[0].length;
      prev = t.raw.slice(at, end);
      prevLow = pair[0];
      continue;
    }
    if (!/^[\p{Lu}\d]/u.test(word) && lw !== 'và' && !NAME_WORDS.has(lw) && !continuesName(prevLow, lw)) break;
    prev = word;
    prevLow = lw;
    if (m[1]!.includes('(')) paren = true;
    // "TP. HCM": the full stop of an abbreviation belongs to the name when a capitalised word follows.
    const dotted =
      /^\.[ \t]+\p{Lu}/u.test(t.raw.slice(at + word.length, at + word.length + 3)) && /^(?:TP|Tp)$/u.test(word);
    end += m[1]!.length + word.length + (dotted ? 1 : 0);
    named = true;
  }
  while (/\s/.test(t.raw[end - 1] ?? '')) end--;
  if (paren && t.raw[end] === ')') end++;
  if (!named && GENERIC.has(head)) return null;
  return { text: t.raw.slice(start, end), start, end };
}

/** "của Ban Thường vụ Tỉnh ủy": the body after "của" at `at` (spaces allowed before). */
export function bodyAfterCua(t: Txt, at: number): BodyMatch | null {
  const m = /^[ \t]*,?[ \t]*của[ \t]+/u.exec(t.low.slice(at, at + 12));
  return m ? bodyAt(t, at + m[0].length) : null;
}

/** The body that ends exactly at `end` (e.g. the subject of "… đã ban hành"), searched within `from..end`. */
export function bodyEndingAt(t: Txt, from: number, end: number): BodyMatch | null {
  for (let i = from; i < end; i++) {
    if (i > from && /[\p{L}\p{N}]/u.test(t.low[i - 1]!)) continue;
    const b = bodyAt(t, i, end);
    if (b && b.end >= end - 1) return b;
  }
  return null;
}

/** "Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành": a name that ends with a person's full name. */
export function endsWithPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  for (let n = 2; n <= 4 && n < words.length; n++) {
    const tail = words.slice(-n);
    if (!SURNAMES.has(modernTones(tail[0]!).toLowerCase()) || !tail.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) continue;
    const key = placeKey(tail.join(' '));
    if (!gazetteer().provincesByKey.has(key) && !gazetteer().districtsByKey.has(key)) return true;
  }
  return false;
}
