/** Dates as written in Vietnamese documents: "12/9/2023", "12-9-2023", "ngày 01 tháng 4 năm 2020". */

const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/;
const WORDS = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)/i;

export function toIsoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses the first date in a string, or null. */
export function parseVietnameseDate(text: string): string | null {
  const m = text.match(WORDS) ?? text.match(NUMERIC);
  if (!m) return null;
  return toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The date a document speaks for: the header's place-date line ("Trà Cú, ngày 12 tháng 9 năm 2023")
 * or, for notices and news reports, the meeting date in the opening sentence ("Ngày 12/9/2023, …").
 */
export function findDocumentDate(text: string): string | null {
  const head = text.slice(0, 3000);
  const placeDate = head.match(/^[^\n]{0,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/im);
  if (placeDate) return parseVietnameseDate(placeDate[0]);
  for (const line of head.split('\n')) {
    const m = line.trim().match(/^(?:Vào\s+)?(?:sáng|chiều|tối)?\s*(?:ngày|Ngày)\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/i);
    if (m) return parseVietnameseDate(m[1]!);
  }
  return null;
}
