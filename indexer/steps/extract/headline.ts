/**
 * Which of a page's first lines is its headline. Stored pages open with furniture before it: a
 * section tag ("news"), a page banner with its date (" date 2025-07-24 Xây dựng Đảng" when no headline follows the date, "Print Thứ Tư,
 * 15/01/2020 08:22 Gốc"), the site's name ("Cổng thông tin điện tử Kiên Giang"), a section name, a
 * font-size control. A line holding only the publication time ("(14:14 | 16/09/2019)", "12/08/2020 -
 * 14:48") sits next to the headline: the line before it, else the first real line after it.
 */

const TIME = /\d{1,2}:\d{2}/;
const DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/;
/** A line that only dates the page: a time and a date, weekday names, GMT offsets, separators. */
function isTimestamp(line: string): boolean {
  if (!TIME.test(line) || !DATE.test(line)) return false;
  const rest = line
    .replace(/\d+/g, '')
    .replace(/GMT|UTC|Thứ[ \t]+\p{L}+|Chủ[ \t]+nhật|Cập[ \t]+nhật|Print|Gốc|AM|PM/giu, '');
  return !/\p{L}{2,}/u.test(rest);
}

const SITE =
  /^(?:Cổng[ \t]+(?:thông[ \t]+tin[ \t]+điện[ \t]+tử|TTĐT)|Trang[ \t]+(?:thông[ \t]+tin[ \t]+điện[ \t]+tử|TTĐT)|Báo[ \t]+điện[ \t]+tử)(?![\p{L}])/iu;

/** Furniture that is never a headline. */
function isFurniture(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    /^[a-z]+$/.test(line) ||
    (/^date[ \t]+\d{4}-\d{2}/i.test(line) && words.length < 7) ||
    /^print(?![\p{L}])/iu.test(line) ||
    isTimestamp(line) ||
    SITE.test(line) ||
    /^Xem[ \t]+với[ \t]+cỡ[ \t]+chữ/iu.test(line)
  );
}

/** Index of the headline among `lines` (trimmed), or of the first non-empty line when none is clear. */
export function headlineIndex(lines: string[]): number {
  const head = lines.slice(0, 12);
  const firstText = lines.findIndex((l) => l !== '');
  const stamp = head.findIndex((l) => l !== '' && isTimestamp(l));
  if (stamp >= 0) {
    for (let i = stamp - 1; i >= 0; i--) if (head[i] !== '' && !isFurniture(head[i]!)) return i;
    for (let i = stamp + 1; i < head.length; i++)
      if (head[i] !== '' && !isFurniture(head[i]!) && head[i] !== head[i]!.toUpperCase()) return i;
  }
  if (firstText >= 0 && !isFurniture(lines[firstText]!)) return firstText;
  const next = head.findIndex((l, i) => i > firstText && l !== '' && !isFurniture(l));
  return next >= 0 ? next : firstText;
}
