import { describe, expect, it } from 'vitest';
import { isAdmin } from '../../api/admin/auth.js';
import { safeFileName } from '../../api/admin/file-name.js';
import { directiveLabel, typeFromKey } from '../../api/directives/type-code.js';
import { failingParameter, isConnectionError } from '../../api/plugins/error-handler.js';

describe('isAdmin', () => {
  it('accepts exactly "Bearer <token>"', () => {
    expect(isAdmin('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(isAdmin('bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(isAdmin('Bearer s3cret-toke', 's3cret-token')).toBe(false);
    expect(isAdmin('Bearer s3cret-token2', 's3cret-token')).toBe(false);
    expect(isAdmin('s3cret-token', 's3cret-token')).toBe(false);
    expect(isAdmin('Basic s3cret-token', 's3cret-token')).toBe(false);
    expect(isAdmin(undefined, 's3cret-token')).toBe(false);
  });

  it('refuses everything when no token is configured', () => {
    expect(isAdmin('Bearer ', undefined)).toBe(false);
    expect(isAdmin('Bearer x', undefined)).toBe(false);
    expect(isAdmin(undefined, undefined)).toBe(false);
    expect(isAdmin('Bearer ', '')).toBe(false);
  });
});

describe('safeFileName', () => {
  it('keeps Vietnamese names and the extension', () => {
    expect(safeFileName('Thông báo kết luận số 12.txt')).toBe('Thông báo kết luận số 12.txt');
    expect(safeFileName('BAO-CAO.TXT')).toBe('BAO-CAO.txt');
    expect(safeFileName('Tho\u0302ng.txt')).toBe('Thông.txt'); // NFD in, NFC out
  });

  it('drops folders, leading dots and unsafe characters', () => {
    expect(safeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(safeFileName('C:\\Users\\a\\b.txt')).toBe('b.txt');
    expect(safeFileName('.hidden.txt')).toBe('hidden.txt');
    expect(safeFileName('a<b>|c?*:"d.txt')).toBe('a_b_c_d.txt');
    expect(safeFileName('x\u0000y\n.txt')).toBe('xy.txt');
    expect(safeFileName('...txt')).toBe('tai-lieu.txt');
  });

  it('refuses names without a usable extension and bounds the length', () => {
    expect(safeFileName('noext')).toBeNull();
    expect(safeFileName('a.t xt')).toBeNull();
    const long = safeFileName(`${'ữ'.repeat(200)}.txt`)!;
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(154);
    expect(long.endsWith('.txt')).toBe(true);
  });
});

describe('directive types', () => {
  it('reads the type from the code of either numbering form', () => {
    expect(typeFromKey('10-CT/TU')?.type).toBe('chi_thi');
    expect(typeFromKey('11-QĐI/TW')?.type).toBe('quy_dinh');
    expect(typeFromKey('16/CT-TTG')?.type).toBe('chi_thi');
    expect(typeFromKey('29/2023/NQ-HĐND')?.type).toBe('nghi_quyet');
    expect(typeFromKey('12-TT/TW')?.type).toBe('thong_tri');
    expect(typeFromKey('01/2023/TT-BYT')?.type).toBe('thong_tu');
    expect(typeFromKey('5973/UBND-KT')).toBeNull();
    expect(typeFromKey('không phải số')).toBeNull();
  });

  it('labels with the longest cited label, or the type name and the key', () => {
    expect(directiveLabel('10-CT/TU', ['10-CT/TU', 'Chỉ thị số 10-CT/TU'])).toBe('Chỉ thị số 10-CT/TU');
    expect(directiveLabel('10-CT/TU', ['10-CT/TU'])).toBe('Chỉ thị số 10-CT/TU');
    expect(directiveLabel('16/CT-TTG', ['16/CT-TTg'])).toBe('Chỉ thị số 16/CT-TTg');
    expect(directiveLabel('5973/UBND-KT', [])).toBe('5973/UBND-KT');
  });
});

describe('error helpers', () => {
  it('names the failing parameter of a validation error', () => {
    expect(failingParameter([{ instancePath: '/perPage' }])).toBe('perPage');
    expect(failingParameter([{ instancePath: '/district/0' }])).toBe('district');
    expect(failingParameter([{ instancePath: '', params: { missingProperty: 'q' } }])).toBe('q');
    expect(failingParameter(undefined)).toBeUndefined();
  });

  it('recognises unreachable Meilisearch through wrapped causes', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const fetchFailed = new TypeError('fetch failed', { cause: refused });
    expect(isConnectionError(Object.assign(new Error('x', { cause: fetchFailed }), { name: 'SomeWrapper' }))).toBe(
      true,
    );
    expect(isConnectionError(Object.assign(new Error('x'), { name: 'MeilisearchRequestError' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { name: 'MeilisearchApiError' }))).toBe(false);
    expect(isConnectionError(new Error('boom'))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});

describe('directiveLabel', () => {
  it('prefers a typed label spelled like the key, then the most frequent', () => {
    expect(directiveLabel('10-CT/TU', ['Chỉ thị số 010-CT/TU', 'Chỉ thị số 10-CT/TU', '10-CT/TU'])).toBe(
      'Chỉ thị số 10-CT/TU',
    );
    expect(directiveLabel('16/CT-TTG', ['Chỉ thị 16/CT-TTg', 'Chỉ thị số 16/CT-TTg', 'Chỉ thị số 16/CT-TTg'])).toBe(
      'Chỉ thị số 16/CT-TTg',
    );
  });
});
