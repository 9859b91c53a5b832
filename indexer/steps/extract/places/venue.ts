import type { PlaceMention } from './mentions.js';

/**
 * A district named only as the venue of a provincial event ("Ngày 17/11/2022 tại TP Gia Nghĩa, Đoàn công
 * tác … làm việc với Thường trực Tỉnh ủy Đắk Nông", "tại thành phố Gia Nghĩa, … Lễ kỷ niệm 20 năm tái lập
 * tỉnh Đắk Nông") says where the event took place, not which district the document belongs to. Such a
 * mention is left out when the text names the district's own province with a keyword ("tỉnh …",
 * "Tỉnh ủy …"), i.e. when the actors are provincial; a district-level report keeps its other mentions.
 */

const AT_VENUE = /(?:^|[^\p{L}])tại[ \t]+(?:TP\.?|thành[ \t]+phố|huyện|quận|thị[ \t]+xã)[ \t]*$/iu;

/** `source` gives each mention's own text: the title for title mentions, else the document. */
export function withoutProvincialVenues(mentions: PlaceMention[], source: (m: PlaceMention) => string): PlaceMention[] {
  const provinces = new Set(
    mentions.flatMap((m) => (m.kind === 'province' && m.via !== 'bare' ? m.names.map((n) => n.place.code) : [])),
  );
  return mentions.filter((m) => {
    if (m.kind !== 'district') return true;
    const text = source(m);
    if (!AT_VENUE.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
    return !m.names.every((n) => provinces.has(n.place.provinceCode));
  });
}
