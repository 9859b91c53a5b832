/**
 * The "Nơi nhận:" block: its "- …" lines, bullets and trailing punctuation removed.
 * "- Lưu …" (the file copy) is kept: it is part of what the document lists.
 */

const START = /^[ \t]*Nơi[ \t]+nhận[ \t]*:?[ \t]*(.*)$/imu;
const BULLET = /^[ \t]*[-–+•*][ \t]*(.+)$/u;

function clean(item: string): string {
  return item
    .replace(/[\s,.;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Offsets of the block (start of "Nơi nhận" to the end of its last line), for callers that skip it. */
export interface RecipientsBlock {
  items: string[];
  start: number;
  end: number;
}

export function findRecipients(text: string): RecipientsBlock | null {
  const m = START.exec(text);
  if (!m) return null;
  const items: string[] = [];
  const inline = m[1]!.trim();
  if (inline) items.push(clean(inline.replace(/^[-–+•*]\s*/, '')));
  let at = (m.index ?? 0) + m[0].length;
  let end = at;
  for (const line of text.slice(at + 1).split('\n')) {
    at += line.length + 1;
    if (line.trim() === '') continue;
    const b = BULLET.exec(line);
    if (!b) break;
    items.push(clean(b[1]!));
    end = at;
  }
  return { items: items.filter(Boolean), start: m.index ?? 0, end };
}
