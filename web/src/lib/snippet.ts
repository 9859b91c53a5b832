/** A piece of a snippet: plain text, or a highlighted match. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * Parses the API's snippet (escaped text with <mark>…</mark>) into parts that the UI renders
 * as text nodes and <mark> elements. No HTML from the server is ever injected.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: unescape(snippet.slice(last, at)), mark: false });
    parts.push({ text: unescape(m[1] ?? ''), mark: true });
    last = at + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * Joins marks separated only by spaces ("<mark>sốt</mark> <mark>xuất</mark>") into one, so a
 * matched phrase reads as one highlight. Text is unchanged.
 */
export function mergeAdjacentMarks(parts: readonly SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (prev?.mark && !p.mark && /^[ \t]+$/.test(p.text) && next?.mark) {
      prev.text += p.text + next.text;
      i++;
    } else if (prev?.mark && p.mark) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * Sections start with their heading line, so a snippet often repeats the heading shown just
 * above it. Drops that repeated opening when it holds no match; otherwise keeps the snippet whole.
 */
export function withoutLeadingHeading(parts: readonly SnippetPart[], heading: string | null): SnippetPart[] {
  const h = heading?.replace(/\s+/g, ' ').trim();
  const first = parts[0];
  if (!h || !first || first.mark) return [...parts];
  const text = first.text.replace(/\s+/g, ' ');
  if (!text.startsWith(h)) return [...parts];
  const rest = text.slice(h.length).replace(/^[\s:.,;-]+/, '');
  return rest ? [{ text: rest, mark: false }, ...parts.slice(1)] : parts.slice(1);
}
