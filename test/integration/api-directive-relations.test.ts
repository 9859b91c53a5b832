import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWith, makeApp, testConfig } from '../helpers/env.js';

/**
 * A province's directive and the documents that cite it, laid out like real ones (header, title,
 * body, signature): two districts carry it out and review it, a decision rests on it, a news report
 * only names it, and a later directive replaces it.
 */
const header = (district: string, number: string, place: string, date: string) => `ĐẢNG BỘ TỈNH CÀ MAU
HUYỆN ỦY ${district.toUpperCase()}
*
Số ${number}
ĐẢNG CỘNG SẢN VIỆT NAM
${place}, ngày ${date}`;

const CORPUS: Record<string, string> = {
  'tinh/chi-thi-12.txt': `TỈNH ỦY CÀ MAU
*
Số 12-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Cà Mau, ngày 10 tháng 3 năm 2021

CHỈ THỊ
về tăng cường công tác phòng, chống tham nhũng
-----
1. Các cấp ủy tăng cường lãnh đạo công tác phòng, chống tham nhũng.

T/M BAN THƯỜNG VỤ
BÍ THƯ`,
  'cai-nuoc/ke-hoach.txt': `${header('Cái Nước', '45-KH/HU', 'Cái Nước', '02 tháng 4 năm 2021')}

KẾ HOẠCH
thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Chỉ thị số 12-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống tham nhũng, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
1. Tổ chức quán triệt đến cán bộ, đảng viên.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`,
  'tran-van-thoi/bao-cao.txt': `${header('Trần Văn Thời', '210-BC/HU', 'Trần Văn Thời', '15 tháng 3 năm 2022')}

BÁO CÁO
sơ kết 01 năm thực hiện Chỉ thị số 12-CT/TU
-----
I. KẾT QUẢ
Sau 01 năm thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, nhận thức của cán bộ được nâng lên.

T/M BAN THƯỜNG VỤ
BÍ THƯ`,
  'tinh/quyet-dinh.txt': `TỈNH ỦY CÀ MAU
*
Số 300-QĐ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Cà Mau, ngày 20 tháng 5 năm 2021

QUYẾT ĐỊNH
thành lập Tổ kiểm tra
-----
Căn cứ Chỉ thị số 12-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy;
Điều 1. Thành lập Tổ kiểm tra.`,
  'tin/tin-bai.txt': `Hội nghị cán bộ chủ chốt tỉnh Cà Mau

Ngày 12/4/2021, tại hội nghị, đại biểu được nghe giới thiệu Chỉ thị số 12-CT/TU về phòng, chống tham nhũng.`,
  'tinh/chi-thi-20.txt': `TỈNH ỦY CÀ MAU
*
Số 20-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Cà Mau, ngày 05 tháng 01 năm 2024

CHỈ THỊ
về công tác phòng, chống tham nhũng, tiêu cực
-----
Chỉ thị này thay thế Chỉ thị số 12-CT/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ`,
};

let app: FastifyInstance;

beforeAll(async () => {
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-relations-'));
  for (const [file, text] of Object.entries(CORPUS)) {
    fs.mkdirSync(path.dirname(path.join(corpus, file)), { recursive: true });
    fs.writeFileSync(path.join(corpus, file), text);
  }
  const config = testConfig({ corpusDir: corpus });
  expect(await indexWith(config, corpus)).toMatchObject({ indexed: Object.keys(CORPUS).length, failed: [] });
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

const get = async (url: string) => (await app.inject(url)).json() as any;

describe('relations of the documents citing a directive', () => {
  it('GET /api/directives/:key gives each citing document its relation', async () => {
    const body = await get(`/api/directives/${encodeURIComponent('12-CT/TU')}`);
    expect(body.document).toMatchObject({ file: 'tinh/chi-thi-12.txt' });
    const docs = (await get('/api/documents?perPage=100')).documents as { docId: string; file: string }[];
    const fileOf = (docId: string) => docs.find((d) => d.docId === docId)!.file;
    const byFile = new Map<string, Set<string>>();
    for (const c of body.citedBy)
      byFile.set(fileOf(c.docId), (byFile.get(fileOf(c.docId)) ?? new Set()).add(c.relation));
    expect(Object.fromEntries([...byFile].map(([f, r]) => [f, [...r].sort()]))).toEqual({
      'cai-nuoc/ke-hoach.txt': ['implements'],
      'tran-van-thoi/bao-cao.txt': ['reviews'],
      'tinh/quyet-dinh.txt': ['basis'],
      'tin/tin-bai.txt': ['mentions'],
      'tinh/chi-thi-20.txt': ['replaces'],
    });
    expect(body.replacedBy).toEqual([
      expect.objectContaining({ docId: docs.find((d) => d.file === 'tinh/chi-thi-20.txt')!.docId, date: '2024-01-05' }),
    ]);
    expect(body.amendedBy).toEqual([]);
    expect(body.repealedBy).toEqual([]);
  });

  it('a document lists the directives it cites with its relation to each', async () => {
    const docs = (await get('/api/documents?perPage=100')).documents as { docId: string; file: string }[];
    const plan = await get(`/api/documents/${docs.find((d) => d.file === 'cai-nuoc/ke-hoach.txt')!.docId}`);
    expect(plan.directives).toEqual([expect.objectContaining({ key: '12-CT/TU', relation: 'implements' })]);
    const later = await get(`/api/documents/${docs.find((d) => d.file === 'tinh/chi-thi-20.txt')!.docId}`);
    expect(later.directives.map((d: any) => [d.key, d.relation])).toEqual([['12-CT/TU', 'replaces']]);
  });
});
