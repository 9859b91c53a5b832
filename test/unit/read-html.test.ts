import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../indexer/steps/read/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-html-'));
const read = (name: string, bytes: Uint8Array): Promise<string> => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return readDocumentText(file);
};

const NOISE = `
<header><div class="logo">Báo Cà Mau điện tử</div><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul></nav></header>
<div id="main-menu">Chính trị | Xã hội | Pháp luật | Thể thao</div>`;
const FOOTER = `<aside class="sidebar"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác về giao thông</a></li></ul></aside>
<footer>© Báo Cà Mau. Giấy phép số 123/GP-BTTTT. Địa chỉ: 12 Lý Thường Kiệt.</footer><script>var tracking = "khong hien thi";</script>`;
const ARTICLE = `<article><h1>Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Cái Nước</h1>
<p class="time">17/11/2023 15:30</p>
<p>Ngày 17/11/2023, Đoàn công tác của Tỉnh ủy do đồng chí Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn có buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước.</p>
<p>Đoàn công tác làm việc xoay quanh các nội dung chủ yếu như công tác xây dựng Đảng, xây dựng hệ thống chính trị; thực hiện Quy chế làm việc của Huyện ủy.</p>
<figure><img src="a.jpg"><figcaption>Ảnh: Quang cảnh buổi làm việc.</figcaption></figure>
<p>Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị huyện tập trung chỉ đạo nuôi trồng thủy sản bền vững.</p></article>`;

describe('.html news pages', () => {
  it('keeps the article (headline first) and drops menus, navigation, related links, footer and scripts', async () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Làm việc với Huyện ủy Cái Nước - Báo Cà Mau</title></head><body>${NOISE}<main>${ARTICLE}${FOOTER}</main></body></html>`;
    const text = await read('news.html', Buffer.from(page));
    expect(text.split('\n')[0]).toBe('Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Cái Nước');
    expect(text).toContain('nuôi trồng thủy sản bền vững');
    expect(text).toContain('Ảnh: Quang cảnh buổi làm việc.');
    for (const noise of [
      'Trang chủ',
      'Thời sự',
      'Pháp luật',
      'Tin liên quan',
      'Giấy phép',
      'tracking',
      'khong hien thi',
    ]) {
      expect(text).not.toContain(noise);
    }
  });

  it('falls back to the page body without navigation when there is no article to find', async () => {
    const page = `<html><head><title>Thông báo</title></head><body>${NOISE}<div><p>Lịch tiếp công dân tháng 9.</p></div>${FOOTER}</body></html>`;
    const text = await read('short.htm', Buffer.from(page));
    expect(text).toContain('Lịch tiếp công dân tháng 9.');
    expect(text).not.toContain('Trang chủ');
    expect(text).not.toContain('Giấy phép');
  });

  it('honours a declared legacy charset', async () => {
    const head =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>';
    // "Tiếng Việt" in Windows-1258, with combining tone marks.
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74]),
      Buffer.from('</p></body></html>'),
    ]);
    expect((await read('legacy.html', bytes)).normalize('NFC')).toContain('Tiếng Việt');
  });
});
