import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../indexer/steps/pipeline.js';

const HEADER_DOC = `ĐẢNG BỘ TỈNH TRÀ VINH
HUYỆN ỦY TRÀ CÚ
*
Số 112-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Trà Cú, ngày 16 tháng 10 năm 2023

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy về công tác phòng, chống dịch bệnh

1. Từ đầu năm đến nay, huyện ghi nhận 214 ca mắc sốt xuất huyết.`;

const NEWS = `Huyện ủy Cái Nước làm việc với Đoàn công tác của Tỉnh ủy
17:28, Thứ Sáu, 17/11/2023 (GMT+7)
Ngày 17-11, Đoàn công tác của Tỉnh ủy Cà Mau có buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước về công tác xây dựng Đảng.`;

const TABLE = `Nghị quyết 18/2025/NQ-HĐND quy định mức chi hỗ trợ
Số hiệu | 18/2025/NQ-HĐND | Ngày ban hành | 21/07/2025
Loại văn bản | Nghị quyết | Nơi ban hành | Hội đồng nhân dân tỉnh Lạng Sơn
Nghị quyết quy định mức chi hỗ trợ cho các hoạt động văn hóa.`;

const sources = (text: string, overrides?: Parameters<typeof parseDocument>[3]) =>
  parseDocument('x.txt', 'h', text, overrides).metadataSource;

describe('provenance: each facet value says how it was found', () => {
  it('a document with its header: type line, header place-date line, header issuing body', () => {
    expect(sources(HEADER_DOC)).toEqual({
      docType: 'type-line',
      date: 'header',
      district: 'header',
      province: 'header',
    });
  });

  it('a news report: the dateline whose year is the page date line', () => {
    const parsed = parseDocument('n.txt', 'h', NEWS);
    expect(parsed.metadata.date).toBe('2023-11-17');
    expect(parsed.metadataSource).toMatchObject({ docType: 'layout', date: 'dateline+page-date', district: 'text' });
  });

  it('a legal-database page: the metadata table', () => {
    expect(sources(TABLE)).toMatchObject({ docType: 'metadata-table', date: 'metadata-table' });
  });

  it('a corrected field says "correction"; a field corrected to null has no source', () => {
    expect(sources(HEADER_DOC, { district: 'Cầu Ngang', date: null })).toEqual({
      docType: 'type-line',
      district: 'correction',
      province: 'header',
    });
  });
});
