/**
 * Scans an archive holds that cannot be read: an encrypted PDF, a damaged image, a picture without
 * text, and a scan too long for one document. Built in the test, nothing binary is checked in.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { CONVERT } from './page-images.js';

/**
 * A PDF with a Standard security handler whose user password is not empty (random /O and /U): every
 * reader must ask for the password. Written by hand, with its cross-reference table.
 */
export function makeEncryptedPdf(): Buffer {
  const hex = (n: number): string =>
    Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PNG whose signature is right and whose data is garbage (a transfer cut short, a bad sector). */
export function makeCorruptPng(): Buffer {
  const junk = Buffer.alloc(4096, 0);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 97 + 13) % 251;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), junk]);
}

/** A photo-like picture with no writing on it: shapes and grey gradients. */
export function makeTextlessImage(dir: string): string {
  const out = path.join(dir, 'photo.jpg');
  execFileSync(CONVERT, [
    '-size',
    '1200x900',
    'gradient:gray90-gray40',
    '-fill',
    'gray20',
    '-draw',
    'circle 600,450 600,250',
    '-quality',
    '85',
    out,
  ]);
  return out;
}

/** An image-only PDF of `pages` pages (grey rectangles where a scan's picture would be). */
export async function makeLongScan(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    pdf.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 515, height: 760, color: rgb(0.9, 0.9, 0.88) });
  }
  return pdf.save();
}

export function writeFile(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
