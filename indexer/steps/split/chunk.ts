/**
 * Cuts text that is too long for one section into pieces at the most natural boundary available:
 * paragraphs, then lines, then sentences, then spaces (a hard cut only for text without any).
 * The pieces keep every character except the white space they were cut at.
 */

const LEVELS: RegExp[] = [/\n\s*\n/, /\n/, /(?<=[.!?…;])\s+/, /\s+/];

function splitAt(text: string, level: number, max: number): string[] {
  if (text.length <= max) return [text];
  if (level >= LEVELS.length) {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
    return out;
  }
  const joiner = level === 0 ? '\n\n' : level === 1 ? '\n' : ' ';
  const parts = keepLabelsWithText(
    text.split(LEVELS[level]!).filter((p) => p.trim() !== ''),
    joiner,
  );
  if (parts.length <= 1) return splitAt(text, level + 1, max);
  return pack(
    parts.flatMap((p) => splitAt(p, level + 1, max)),
    max,
    joiner,
  );
}

/** A short line ending with a colon (`* Công tác Dân vận:`) introduces what follows: never cut after it. */
function keepLabelsWithText(input: string[], joiner: string): string[] {
  const parts = [...input];
  // A paragraph that ends with such a label line hands the label to the next paragraph.
  for (let i = 0; i + 1 < parts.length; i++) {
    const m = parts[i]!.match(/\n([^\n]{1,199}:)\s*$/);
    if (m) {
      parts[i] = parts[i]!.slice(0, m.index);
      parts[i + 1] = `${m[1]!}\n${parts[i + 1]!}`;
    }
  }
  const out: string[] = [];
  for (const part of parts) {
    const prev = out.at(-1);
    if (prev !== undefined && prev.length < 200 && /:\s*$/.test(prev)) out[out.length - 1] = `${prev}${joiner}${part}`;
    else out.push(part);
  }
  return out;
}

/** Greedily joins consecutive units while the result stays within `max` characters. */
function pack(units: string[], max: number, joiner: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const unit of units) {
    if (current.length > 0 && length + joiner.length + unit.length > max) {
      out.push(current.join(joiner));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? joiner.length : 0) + unit.length;
    current.push(unit);
  }
  if (current.length > 0) out.push(current.join(joiner));
  return out;
}

/** Pieces of at most `max` characters (cut at the most natural boundary). */
export function splitLong(text: string, max: number): string[] {
  return splitAt(text.trim(), 0, max)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Paragraphs of a text without headings, one section each: long paragraphs are cut (at most `max`),
 * paragraphs shorter than `min` (captions, one-line remarks) join the next one.
 */
export function paragraphSections(text: string, min: number, max: number): string[] {
  const pieces = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => splitLong(p, max));
  const out: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending = pending ? `${pending}\n\n${piece}` : piece;
    if (pending.length >= min) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) {
    if (out.length > 0) out[out.length - 1] = `${out[out.length - 1]}\n\n${pending}`;
    else out.push(pending);
  }
  return out;
}
