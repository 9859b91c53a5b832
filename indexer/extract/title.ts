import type { DocType } from '../../lib/schema/records.js';
import { collapseSpaces } from '../../lib/vietnamese/index.js';
import { docTypeFromTypeLine, isTypeLine } from './doc-type.js';

export interface TitleInfo {
  title: string;
  docType: DocType;
}

/**
 * Title and type: a type line in capitals followed by the subject lines (up to a rule or the
 * first body paragraph); without a type line, the headline of a news report.
 */
export function extractTitle(text: string): TitleInfo {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  const firstLine = lines[first] ?? '';
  const typeAt = lines.slice(0, 40).findIndex((l) => isTypeLine(l));
  if (typeAt >= 0) {
    const typeLine = lines[typeAt]!;
    const docType = docTypeFromTypeLine(typeLine) ?? 'khac';
    const subject: string[] = [];
    for (let i = typeAt + 1; i < Math.min(lines.length, typeAt + 12); i++) {
      const l = lines[i]!;
      if (/^[-_=*]{3,}$/.test(l)) break;
      if (l === '') {
        if (subject.length > 0 && !continuesSubject(lines, i)) break;
        continue;
      }
      if (/^(ngày|Ngày)\s/.test(l) || /^[IVX]+\.|^\d+\./.test(l) || l.length > 220) break;
      subject.push(l);
    }
    const typeWords = sentenceCase(typeLine);
    const title = collapseSpaces([typeWords, ...subject.map(lowerFirstIfCaps)].join(' '));
    return { title, docType };
  }
  const headline = firstLine.length <= 250 ? firstLine : `${firstLine.slice(0, 200).replace(/\s+\S*$/, '')}…`;
  return { title: collapseSpaces(headline), docType: 'tin_bai' };
}

/** A subject split over lines with blank lines between: the next line continues it (short, no final stop). */
function continuesSubject(lines: string[], blankAt: number): boolean {
  const next = lines.slice(blankAt + 1).find((l) => l !== '');
  return next !== undefined && next.length < 120 && !/^(ngày|Ngày)\s/.test(next) && !/^[IVX]+\.|^\d+\./.test(next) && !/^[-_=*]{3,}$/.test(next);
}

function sentenceCase(line: string): string {
  const lower = line.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function lowerFirstIfCaps(line: string): string {
  return line === line.toUpperCase() ? line.toLocaleLowerCase('vi') : line;
}
