/**
 * A folder with one document per supported format and encoding, each holding a phrase found in no
 * other file, plus the bad files the indexer must report and survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodeTcvn3, encodeVni, makeDocx, makePdf, makeScannedPdf } from './make-files.js';

export interface MixedFile {
  file: string;
  /** A phrase that occurs in this file only. */
  phrase: string;
}

const sentence = (phrase: string): string =>
  `Ban Thường vụ Huyện ủy chỉ đạo các xã phát triển mô hình trồng ${phrase} gắn với xây dựng nông thôn mới, nâng cao thu nhập cho người dân.`;

const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

export async function writeMixedCorpus(dir: string): Promise<{ good: MixedFile[]; bad: string[] }> {
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  const good: MixedFile[] = [
    { file: 'utf8-bom.txt', phrase: 'măng cụt' },
    { file: 'utf16.txt', phrase: 'bưởi da xanh' },
    { file: 'nfd.txt', phrase: 'khoai mì' },
    { file: 'tcvn3.txt', phrase: 'nhãn lồng' },
    { file: 'vni.txt', phrase: 'vải thiều' },
    { file: 'notice.docx', phrase: 'sầu riêng' },
    { file: 'sub/report.pdf', phrase: 'thanh long' },
    { file: 'news.html', phrase: 'chôm chôm' },
  ];
  const w = (file: string, bytes: Uint8Array): void => fs.writeFileSync(path.join(dir, file), bytes);
  w(
    'utf8-bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`THÔNG BÁO\n\n${sentence('măng cụt')}`)]),
  );
  w('utf16.txt', utf16le(`BÁO CÁO\r\n\r\n${sentence('bưởi da xanh')}`));
  w('nfd.txt', Buffer.from(`KẾT LUẬN\n\n${sentence('khoai mì')}`.normalize('NFD')));
  w('tcvn3.txt', encodeTcvn3(`kế hoạch\n\n${sentence('nhãn lồng')}`.toLowerCase()));
  w('vni.txt', encodeVni(`NGHỊ QUYẾT\n\n${sentence('vải thiều')}`));
  w('notice.docx', await makeDocx({ body: [sentence('sầu riêng')] }));
  w(
    'sub/report.pdf',
    await makePdf([
      [
        { text: 'BÁO CÁO', y: 760, size: 14 },
        { text: 'Ban Thường vụ Huyện ủy chỉ đạo các xã phát triển mô hình trồng thanh long', y: 720 },
        { text: 'gắn với xây dựng nông thôn mới, nâng cao thu nhập cho người dân.', y: 704 },
      ],
    ]),
  );
  w(
    'news.html',
    Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Tin địa phương</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>Huyện đẩy mạnh trồng chôm chôm</h1><p>${sentence('chôm chôm')}</p><p>${sentence('cây ăn trái')}</p></article>
<footer>Bản quyền thuộc về cổng thông tin điện tử huyện.</footer></body></html>`),
  );
  const bad = ['empty.txt', 'junk.pdf', 'truncated.docx', 'scan.pdf', 'latin1.txt'];
  w('empty.txt', Buffer.alloc(0));
  w('junk.pdf', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
  const docx = await makeDocx({ body: [sentence('mít')] });
  w('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));
  w('scan.pdf', await makeScannedPdf());
  w('latin1.txt', Buffer.from('Grüße aus Köln, heute 25 °C. Schöne Grüße!\n', 'latin1'));
  return { good, bad };
}
