/**
 * Builds small documents of every supported format inside the tests (nothing binary is checked in):
 * .docx with the `docx` package, .pdf with pdf-lib and a system font that has Vietnamese glyphs,
 * legacy TCVN3/VNI bytes by encoding Unicode text with independent tables.
 */
import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';

/** DejaVu ships with fontconfig (Debian's Chromium pulls it in, and .ci/run installs it). */
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
];

export function vietnameseFont(): Uint8Array {
  const file = FONT_CANDIDATES.find((f) => fs.existsSync(f));
  if (!file)
    throw new Error(
      `no TrueType font with Vietnamese glyphs found (tried ${FONT_CANDIDATES.join(', ')}): apt-get install fonts-dejavu-core`,
    );
  return fs.readFileSync(file);
}

export interface PdfLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

/** A PDF whose pages carry the given lines as a real text layer (embedded font with a ToUnicode map). */
export async function makePdf(pages: PdfLine[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(vietnameseFont(), { subset: true });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const l of lines) page.drawText(l.text, { x: l.x ?? 60, y: l.y, size: l.size ?? 12, font });
  }
  return pdf.save();
}

/** A PDF of one page that holds only a picture-like rectangle: what a scan without OCR looks like. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 40, y: 40, width: 515, height: 760, color: rgb(0.85, 0.85, 0.8) });
  return pdf.save();
}

/** A Party notice as Word writes it: header table, title, body with a footnote, signature and recipients. */
export async function makeDocx(opts: { body: string[]; footnote?: string; tcvn3Paragraph?: string }): Promise<Buffer> {
  const cell = (lines: string[]): TableCell => new TableCell({ children: lines.map((l) => new Paragraph(l)) });
  const [first, ...rest] = opts.body;
  const children = [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            cell(['ĐẢNG BỘ TỈNH TRÀ VINH', 'HUYỆN ỦY TRÀ CÚ', '*', 'Số 123-TB/HU']),
            cell(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Trà Cú, ngày 12 tháng 9 năm 2023']),
          ],
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: 'THÔNG BÁO', bold: true })] }),
    new Paragraph('kết luận của Thường trực Huyện ủy tại hội nghị giao ban tháng 9 năm 2023'),
    new Paragraph({
      children: opts.footnote
        ? [new TextRun(first ?? ''), new FootnoteReferenceRun(1), new TextRun('.')]
        : [new TextRun(first ?? '')],
    }),
    ...rest.map((t) => new Paragraph(t)),
    ...(opts.tcvn3Paragraph
      ? [new Paragraph({ children: [new TextRun({ text: opts.tcvn3Paragraph, font: '.VnTime' })] })]
      : []),
    new Paragraph('T/L BAN THƯỜNG VỤ'),
    new Paragraph('CHÁNH VĂN PHÒNG'),
    new Paragraph('Lâm Thái Hòa'),
    new Paragraph('Nơi nhận:'),
    new Paragraph('- Các chi, đảng bộ trực thuộc,'),
    new Paragraph('- Lưu Văn phòng Huyện ủy.'),
  ];
  const doc = new Document({
    ...(opts.footnote ? { footnotes: { 1: { children: [new Paragraph(opts.footnote)] } } } : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** Unicode → TCVN3 (ABC) bytes for lower-case text, from the published TCVN 5712 VN3 table. */
const TCVN3: Record<string, number> = {
  à: 0xb5,
  á: 0xb8,
  ả: 0xb6,
  ã: 0xb7,
  ạ: 0xb9,
  ă: 0xa8,
  ằ: 0xbb,
  ắ: 0xbe,
  ẳ: 0xbc,
  ẵ: 0xbd,
  ặ: 0xc6,
  â: 0xa9,
  ầ: 0xc7,
  ấ: 0xca,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ậ: 0xcb,
  đ: 0xae,
  è: 0xcc,
  é: 0xd0,
  ẻ: 0xce,
  ẽ: 0xcf,
  ẹ: 0xd1,
  ê: 0xaa,
  ề: 0xd2,
  ế: 0xd5,
  ể: 0xd3,
  ễ: 0xd4,
  ệ: 0xd6,
  ì: 0xd7,
  í: 0xdd,
  ỉ: 0xd8,
  ĩ: 0xdc,
  ị: 0xde,
  ò: 0xdf,
  ó: 0xe3,
  ỏ: 0xe1,
  õ: 0xe2,
  ọ: 0xe4,
  ô: 0xab,
  ồ: 0xe5,
  ố: 0xe8,
  ổ: 0xe6,
  ỗ: 0xe7,
  ộ: 0xe9,
  ơ: 0xac,
  ờ: 0xea,
  ớ: 0xed,
  ở: 0xeb,
  ỡ: 0xec,
  ợ: 0xee,
  ù: 0xef,
  ú: 0xf3,
  ủ: 0xf1,
  ũ: 0xf2,
  ụ: 0xf4,
  ư: 0xad,
  ừ: 0xf5,
  ứ: 0xf8,
  ử: 0xf6,
  ữ: 0xf7,
  ự: 0xf9,
  ỳ: 0xfa,
  ý: 0xfd,
  ỷ: 0xfb,
  ỹ: 0xfc,
  ỵ: 0xfe,
  Ă: 0xa1,
  Â: 0xa2,
  Đ: 0xa7,
  Ê: 0xa3,
  Ô: 0xa4,
  Ơ: 0xa5,
  Ư: 0xa6,
};

/** Encodes text as TCVN3 bytes; capital toned letters are written as in the .VnTimeH capitals font. */
export function encodeTcvn3(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3[ch] ?? TCVN3[ch.toLowerCase()];
    if (code !== undefined) bytes.push(code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no TCVN3 code for ${ch}`);
  }
  return Buffer.from(bytes);
}

/** Unicode → VNI-Windows, by decomposing each letter into base + VNI mark characters. */
export function encodeVni(text: string): Buffer {
  const TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
  const CIRC_TONE: Record<string, string> = {
    '': 'â',
    '\u0301': 'á',
    '\u0300': 'à',
    '\u0309': 'å',
    '\u0303': 'ã',
    '\u0323': 'ä',
  };
  const BREVE_TONE: Record<string, string> = {
    '': 'ê',
    '\u0301': 'é',
    '\u0300': 'è',
    '\u0309': 'ú',
    '\u0303': 'ü',
    '\u0323': 'ë',
  };
  const I_TONE: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const upper = ch !== ch.toLowerCase();
    const [base = '', ...marks] = [...ch.toLowerCase().normalize('NFD')];
    const tone = marks.find((m) => m in TONE) ?? '';
    const shape = marks.find((m) => m === '\u0302' || m === '\u0306' || m === '\u031B');
    let vni: string;
    if (base === 'đ') vni = 'ñ';
    else if (base === 'i' && tone) vni = I_TONE[tone]!;
    else if (base === 'y' && tone === '\u0323') vni = 'î';
    else if (shape === '\u0302') vni = base + CIRC_TONE[tone]!;
    else if (shape === '\u0306') vni = base + BREVE_TONE[tone]!;
    else if (shape === '\u031B') vni = (base === 'o' ? 'ô' : 'ö') + (tone ? TONE[tone]! : '');
    else vni = base + (tone ? TONE[tone]! : '');
    out += upper ? vni.toUpperCase() : vni;
  }
  return Buffer.from(out, 'latin1');
}
