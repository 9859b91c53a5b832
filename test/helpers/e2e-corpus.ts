import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');

interface PartyDoc {
  file: string;
  province: string;
  district: string;
  number: string;
  date: [number, number, number];
  type: string;
  subject: string;
  body: string;
  signer: string;
}

/** A Party document laid out as real ones are: header, place-date line, type, subject, body, signature, recipients. */
export function partyDocument(d: PartyDoc): string {
  const [day, month, year] = d.date;
  return `ĐẢNG BỘ TỈNH ${d.province.toUpperCase()}
HUYỆN ỦY ${d.district.toUpperCase()}
*
Số ${d.number}
ĐẢNG CỘNG SẢN VIỆT NAM
${d.district}, ngày ${day} tháng ${month} năm ${year}

${d.type}
${d.subject}
-----

${d.body.trim()}

T/M BAN THƯỜNG VỤ
BÍ THƯ

${d.signer}

Nơi nhận:
- Ban Thường vụ Tỉnh ủy ${d.province},
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.
`;
}

const CITE_10 =
  'Chỉ thị số 10-CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy “về việc không được uống rượu, bia trong giờ làm việc”';

export const FIXTURE_DOCS: PartyDoc[] = [
  {
    file: 'fixture/tra-cu-thong-bao-2023-10.txt',
    province: 'Trà Vinh',
    district: 'Trà Cú',
    number: '112-TB/HU',
    date: [16, 10, 2023],
    type: 'THÔNG BÁO',
    subject: 'kết luận của Ban Thường vụ Huyện ủy Trà Cú về công tác phòng, chống dịch bệnh',
    signer: 'Kim Ngọc Thái',
    body: `
1. Tình hình dịch bệnh
Từ đầu năm đến nay, huyện Trà Cú ghi nhận 214 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ; dịch sốt xuất huyết tập trung ở các xã ven sông.

2. Nhiệm vụ trọng tâm
2.1. Ủy ban nhân dân huyện chỉ đạo ngành y tế tổ chức chiến dịch diệt lăng quăng, phòng, chống sốt xuất huyết tại từng ấp, khóm.
2.2. Các cơ quan, đơn vị tiếp tục quán triệt, thực hiện nghiêm ${CITE_10}; kiểm tra việc chấp hành giờ giấc hành chính.`,
  },
  {
    file: 'fixture/cau-ngang-bao-cao-2023-07.txt',
    province: 'Trà Vinh',
    district: 'Cầu Ngang',
    number: '85-BC/HU',
    date: [5, 7, 2023],
    type: 'BÁO CÁO',
    subject: 'tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2023 của Huyện ủy Cầu Ngang',
    signer: 'Thạch Sa Rinh',
    body: `
I. KẾT QUẢ ĐẠT ĐƯỢC
Công tác y tế được quan tâm; số ca sốt xuất huyết giảm so với cùng kỳ nhờ tuyên truyền vệ sinh môi trường.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tiếp tục thực hiện ${CITE_10}. Chủ động phòng, chống dịch sốt xuất huyết trong mùa mưa.`,
  },
  {
    file: 'fixture/cai-nuoc-ke-hoach-2024-02.txt',
    province: 'Cà Mau',
    district: 'Cái Nước',
    number: '37-KH/HU',
    date: [20, 2, 2024],
    type: 'KẾ HOẠCH',
    subject: 'phòng, chống dịch bệnh trên người năm 2024 của Huyện ủy Cái Nước',
    signer: 'Nguyễn Văn Tám',
    body: `
1. Mục đích, yêu cầu
Chủ động phòng, chống sốt xuất huyết, tay chân miệng; không để dịch lây lan rộng trên địa bàn huyện Cái Nước.

2. Tổ chức thực hiện
Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị; giao Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền.`,
  },
];

/** A temp folder with the seeds plus documents that name their district and province explicitly. */
export function makeFixtureCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-e2e-corpus-'));
  fs.cpSync(seedsDir, dir, { recursive: true });
  for (const d of FIXTURE_DOCS) {
    fs.mkdirSync(path.join(dir, path.dirname(d.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, d.file), partyDocument(d));
  }
  return dir;
}
