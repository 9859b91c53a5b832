import { columnSegments, isBlank, isCapsText, TITLE_TYPE_LINE } from './lines.js';

/**
 * The administrative header above a document's title: `ĐẢNG BỘ TỈNH …` / `HUYỆN ỦY …` / `*` / `Số …` on
 * the left, `ĐẢNG CỘNG SẢN VIỆT NAM` (or the state motto) and the place-date line on the right, in any
 * interleaving plain-text extraction produced. It becomes a 'header' section: metadata, not body text.
 */

/** Lines only a header holds; at least one must be present. */
const ANCHORS = [
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u,
  /CỘNG\s+H[OÒ]À\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/u,
  /^Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc\W*$/iu,
  // "Số 123-TB/HU", "Số: 45/BC-UBND", "Số     -TB/HU" (number left blank), not "Số 12 xã …"
  /^Số\s*[:.]?\s*[\d.…_ ]*\s*[-/]\s*[A-ZĐÐ]/u,
  // the place-date line ends the line: "Trà Cú, ngày 12 tháng 9 năm 2023"
  /(?:^|,\s*)ngày\s+[\d.…_ ]{1,6}\s*tháng\s+[\d.…_ ]{1,6}\s*năm\s+\d{4}\s*\.?$/iu,
];
/** The issuing organisation's lines, in capitals. */
const ORGANISATION =
  /^(?:ĐẢNG\s+BỘ|ĐẢNG\s+[UỦ]Y|(?:HUYỆN|TỈNH|THÀNH|QUẬN|THỊ)\s+[UỦ]Y|BAN\s|VĂN\s+PHÒNG|[UỦ]Y\s+BAN|HỘI\s+ĐỒNG|CHI\s+BỘ|MẶT\s+TRẬN|(?:TỈNH|HUYỆN|THÀNH)?\s*ĐOÀN|SỞ\s|PHÒNG\s|BỘ\s|TRUNG\s+ƯƠNG|CÔNG\s+AN|BỘ\s+CHỈ\s+HUY|TRƯỜNG\s|TRUNG\s+TÂM|CƠ\s+QUAN)/u;
const DECORATION = /^[-_=~*.·•\s]{1,}$/;
const MAX_HEADER_LINES = 14;

function isAnchor(segment: string): boolean {
  return ANCHORS.some((re) => re.test(segment));
}

function isHeaderSegment(segment: string): boolean {
  if (isAnchor(segment) || DECORATION.test(segment)) return true;
  return isCapsText(segment) && ORGANISATION.test(segment) && !TITLE_TYPE_LINE.test(segment);
}

/** Number of leading lines that form the header (0 when the document has none). */
export function findHeaderEnd(lines: string[]): number {
  let end = 0;
  let seen = 0;
  let anchored = false;
  for (let i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const whole = line.trim();
    const segments = columnSegments(line);
    const ok = isAnchor(whole) || segments.every(isHeaderSegment);
    if (!ok) break;
    anchored ||= isAnchor(whole) || segments.some(isAnchor);
    seen++;
    end = i + 1;
  }
  return anchored ? end : 0;
}
