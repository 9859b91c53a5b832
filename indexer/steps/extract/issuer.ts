import { placeKey } from '../../../lib/gazetteer/load.js';
import type { Gazetteer } from '../../../lib/gazetteer/types.js';
import { bodyAfterCua, bodyAt, endsWithPersonName, headAt, txt } from './bodies.js';
import { isAllCaps, smartCase } from './casing.js';
import { isTypeLine } from './doc-type.js';
import { modernTones } from './tone.js';

/**
 * The issuing body as written: the header's issuer line, else the body the title names ("… của
 * Thường trực Huyện ủy tại …"), else for a news report the Party or state body its headline opens
 * with. The signature's authority line ("T/M BAN THƯỜNG VỤ") names the true issuer within the committee.
 */

const NOT_ISSUERS = /^(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)/u;
/** Associations and the press are not Party or state bodies. */
const NOT_STATE = /^(?:hội|tạp chí)$/;
/**
 * Offices held by one person: in a headline they name the person the report is about ("Chủ tịch
 * huyện Phú Quốc sẽ được cho thôi chức"), not an issuing body. The Prime Minister and the President
 * issue documents in their own name (QĐ-TTg, QĐ-CTN) and count as issuers without a personal name.
 */
const PERSON_OFFICES = /^(?:chủ tịch|bộ trưởng|chánh án|chánh thanh tra|phó thủ tướng)$/;
const ISSUING_OFFICES = /^(?:thủ tướng|thủ tướng chính phủ|chủ tịch nước)$/;

/** A header line that continues the issuer's name on the next line ("ỦY BAN NHÂN DÂN" / "HUYỆN TRÀ CÚ"). */
const CONTINUES = /^(?:HUYỆN|TỈNH|XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|QUẬN|THÀNH PHỐ)(?![\p{L}])/u;

function headerIssuer(lines: string[]): string | null {
  let found: string | null = null;
  const lefts = lines.slice(0, 15).map((line) => line.trim().split(/\t+|\s{3,}/)[0]!);
  for (let i = 0; i < lefts.length; i++) {
    const left = lefts[i]!;
    if (/^(?:Số|SỐ)(?![\p{L}])/u.test(left) || isTypeLine(left)) break;
    if (!isAllCaps(left) || NOT_ISSUERS.test(left)) continue;
    const next = lefts[i + 1] ?? '';
    const whole = CONTINUES.test(next) && isAllCaps(next) ? `${left} ${next}` : left;
    const cased = smartCase(whole);
    if (headAt(txt(cased), 0)) found = cased;
  }
  return found;
}

function titleIssuer(subject: string): string | null {
  const t = txt(subject);
  const cua = t.low.search(/(?<![\p{L}])của[ \t]/u);
  const after = cua >= 0 ? bodyAfterCua(t, cua) : null;
  if (after) return after.text;
  for (let i = 0; i < subject.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(subject[i - 1]!)) continue;
    const b = bodyAt(t, i);
    if (b) return b.text;
  }
  return null;
}

function newsIssuer(title: string): string | null {
  const stripped = title.replace(/^(?:vào[ \t]+)?(?:ngày|sáng|chiều|tối)[ \t]+[\d/.\- ]+,[ \t]*/iu, '');
  const t = txt(stripped);
  const delegation = /^đoàn[ \t]+(?:công tác|kiểm tra|giám sát)[ \t]+/u.exec(t.low);
  const b = delegation ? bodyAfterCua(t, delegation[0].length - 1) : bodyAt(t, 0);
  if (!b) return null;
  const head = headAt(t, b.start)!;
  if (NOT_STATE.test(head) || PERSON_OFFICES.test(head)) return null;
  return ISSUING_OFFICES.test(head) && endsWithPersonName(b.text) ? null : b.text;
}

/** The issuer as the document writes it (before the district or province is added). */
export function findIssuer(text: string, title: string, subject: string | null, isNews: boolean): string | null {
  if (isNews) return newsIssuer(title);
  const header = headerIssuer(text.split('\n'));
  if (header) return header;
  return subject ? titleIssuer(subject) : null;
}

/** "T/M Ban Thường vụ" on a "Huyện ủy Trà Cú" header: "Ban Thường vụ Huyện ủy Trà Cú". */
export function applyAuthority(issuer: string | null, authority: string | null): string | null {
  if (!authority || !issuer) return issuer ?? authority;
  if (
    /^(?:Ban Thường vụ|Thường trực|Ban Chấp hành)$/u.test(authority) &&
    /^(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) ủy/u.test(issuer)
  ) {
    return `${authority} ${issuer}`;
  }
  return issuer;
}

/** Adds the place a committee's name leaves out: "Thường trực Huyện ủy" → "Thường trực Huyện ủy Trà Cú". */
export function completeIssuer(issuer: string, district: string | null, province: string | null): string {
  const low = modernTones(issuer).toLowerCase();
  if (/(?:huyện|quận|thị|thành) ủy$/u.test(low) && district) return `${issuer} ${district}`;
  if (/tỉnh ủy$/u.test(low) && province) return `${issuer} ${province}`;
  return issuer;
}

const LEVELS: [RegExp, string][] = [
  [/trung ương|bộ chính trị|ban bí thư|thủ tướng|chính phủ|quốc hội|^bộ |tổng cục|ubkttw/u, 'trung_uong'],
  [/(?:^|\s)(?:xã|phường|thị trấn)(?:\s|$)/u, 'xa'],
  [/(?:huyện|quận|thị) ủy|(?:^|\s)(?:huyện|quận|thị xã)(?:\s|$)/u, 'huyen'],
  [/tỉnh ủy|(?:^|\s)tỉnh(?:\s|$)|^sở /u, 'tinh'],
];

/** Level of the issuer: trung_uong, tinh, huyen or xa; a "Thành ủy" is provincial only in a centrally-run city. */
export function issuerLevel(issuer: string | null, g: Gazetteer): string | null {
  if (!issuer) return null;
  const low = modernTones(issuer).toLowerCase();
  const hits = LEVELS.map(([re, level]) => ({ at: low.search(re), level })).filter((h) => h.at >= 0);
  const city = low.match(/(?:thành ủy|thành phố|tp\.?)\s+(.+)$/u);
  if (city) {
    const central = g.provincesByKey.get(placeKey(city[1]!))?.some((p) => p.place.centrallyRun);
    hits.push({ at: city.index ?? 0, level: central ? 'tinh' : 'huyen' });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.level ?? null;
}

/** Party (dang) or state (nha_nuoc). */
export function issuerBranch(issuer: string | null): 'dang' | 'nha_nuoc' | null {
  if (!issuer) return null;
  const low = modernTones(issuer).toLowerCase();
  return /(?:tỉnh|huyện|thành|quận|thị|đảng) ủy|đảng|thường vụ|thường trực|bộ chính trị|ban bí thư|ban chấp hành|tuyên giáo|ban tổ chức|dân vận|nội chính|ủy ban kiểm tra/u.test(
    low,
  )
    ? 'dang'
    : 'nha_nuoc';
}
