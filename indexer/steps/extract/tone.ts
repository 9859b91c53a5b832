/**
 * Old-style tone placement ("hoà", "uỷ", "khoẻ") rewritten in the modern style ("hòa", "ủy", "khỏe"),
 * character for character, so offsets in the rewritten text are offsets in the original.
 * Used to match vocabulary (organisation names, type words) written either way.
 */

const OLD_STYLE = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}])/gu;

function moveTone(first: string, second: string): string {
  const [base, mark] = [...second.normalize('NFD')];
  const pairOk = /[oO]/.test(first) ? /[aAeE]/.test(base!) : /[yY]/.test(base!);
  if (!pairOk || !mark) return first + second;
  return (first + mark).normalize('NFC') + base!;
}

export function modernTones(text: string): string {
  return text.replace(OLD_STYLE, (_, first: string, second: string) => moveTone(first, second));
}
