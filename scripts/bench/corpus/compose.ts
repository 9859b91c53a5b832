import {
  CENTRAL_DIRECTIVES, PARTY_TYPES, RULE_TYPES, lowerFirst, provincialDirective, signerName, upper,
  type DocMeta, type PartyType,
} from './metadata.js';
import type { TextPool } from './pool.js';
import type { Random } from './random.js';

export interface Composed {
  text: string;
  docType: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

function paragraph(rng: Random, pool: TextPool): string {
  return rng.chance(0.55) ? rng.pick(pool.law) : rng.pick(pool.news);
}

function citation(rng: Random, pool: TextPool): string {
  const r = rng.next();
  if (r < 0.35) return rng.skewed(CENTRAL_DIRECTIVES, 1.5);
  if (r < 0.7) return provincialDirective(rng, lowerFirst(rng.pick(pool.headings)));
  return rng.pick(pool.citations);
}

function header(meta: DocMeta, type: PartyType): string[] {
  const { place, date } = meta;
  const province = `${place.provinceType === 'Tỉnh' ? 'TỈNH' : 'THÀNH PHỐ'} ${upper(place.province)}`;
  return [
    `ĐẢNG BỘ ${province}`, 'ĐẢNG CỘNG SẢN VIỆT NAM', `${upper(meta.committee)} ${upper(place.name)}`, '*',
    `Số ${meta.number}-${type.code}/${meta.code}`,
    `${place.name}, ngày ${String(date.d).padStart(2, '0')} tháng ${String(date.m).padStart(2, '0')} năm ${date.y}`, '',
  ];
}

function signature(rng: Random, meta: DocMeta): string[] {
  return ['', 'T/M BAN THƯỜNG VỤ', rng.pick(['BÍ THƯ', 'PHÓ BÍ THƯ']), '', signerName(rng), '', 'Nơi nhận:',
    '- Ban Thường vụ Tỉnh ủy,', `- Các chi, đảng bộ trực thuộc ${meta.committee},`, `- Lưu Văn phòng ${meta.committee}.`];
}

/** A Party document: header, type line and subject, an intro citing directives, I./1. numbered sections. */
export function partyDocument(rng: Random, pool: TextPool, meta: DocMeta): Composed {
  const type = rng.pick(PARTY_TYPES);
  const subject = lowerFirst(rng.pick(pool.headings));
  const lines = [...header(meta, type), type.word, `về ${subject}`, '-----', ''];
  lines.push(`Thực hiện ${citation(rng, pool)}; ${rng.chance(0.5) ? `${citation(rng, pool)}; ` : ''}Ban Thường vụ ${meta.committee} ${meta.place.name} ${lowerFirst(paragraph(rng, pool))}`, '');
  const parts = rng.int(1, 4);
  for (let p = 0; p < parts; p++) {
    if (parts > 1) {
      lines.push(`${ROMAN[p]}. ${upper(rng.pick(pool.headings))}`, '');
    }
    const items = rng.int(2, 9);
    for (let i = 1; i <= items; i++) {
      lines.push(`${i}. ${paragraph(rng, pool)}`);
      if (rng.chance(0.3)) lines.push('', paragraph(rng, pool));
      if (rng.chance(0.08)) lines.push('', `Tiếp tục quán triệt, triển khai thực hiện ${citation(rng, pool)}.`);
      lines.push('');
    }
  }
  lines.push(...signature(rng, meta));
  return { text: lines.join('\n'), docType: type.code };
}

/** A regulation (quy định, quy chế, quyết định): chapters and `Điều` articles of real clauses. */
export function ruleDocument(rng: Random, pool: TextPool, meta: DocMeta): Composed {
  const type = rng.pick(RULE_TYPES);
  const lines = [...header(meta, type), type.word, `về ${lowerFirst(rng.pick(pool.topics))}`, '-----', ''];
  let article = 1;
  const chapters = rng.int(1, 4);
  for (let c = 0; c < chapters; c++) {
    lines.push(`Chương ${ROMAN[c]}. ${upper(rng.pick(pool.headings))}`, '');
    for (let n = rng.int(2, 8); n > 0; n--, article++) {
      lines.push(`Điều ${article}. ${rng.pick(pool.headings)}`, rng.pick(pool.law), '');
    }
  }
  lines.push(...signature(rng, meta));
  return { text: lines.join('\n'), docType: type.code };
}

/** A news report from a Party website: headline, dateline sentence, paragraphs, author line. */
export function newsDocument(rng: Random, pool: TextPool, meta: DocMeta): Composed {
  const { date, place } = meta;
  const lines = [rng.pick(pool.newsTitles), ''];
  lines.push(`Ngày ${date.d}/${date.m}/${date.y}, Ban Thường vụ ${meta.committee} ${place.name} (${place.provinceType === 'Tỉnh' ? 'tỉnh' : 'thành phố'} ${place.province}) tổ chức hội nghị về ${lowerFirst(rng.pick(pool.headings))}. ${rng.pick(pool.news)}`, '');
  const paras = rng.int(3, 14);
  for (let i = 0; i < paras; i++) lines.push(rng.pick(pool.news), '');
  lines.push(`${signerName(rng)} - Ban Tuyên giáo ${meta.committee} ${place.name}`);
  return { text: lines.join('\n'), docType: 'tin_bai' };
}
