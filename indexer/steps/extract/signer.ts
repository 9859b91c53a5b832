import type { Signer } from '../../../lib/schema/records.js';
import { isAllCaps, smartCase } from './casing.js';

/**
 * The signature block: the authority line ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "TL. …"), the signer's
 * position in capitals ("CHÁNH VĂN PHÒNG") and the name, which plain-text extraction often leaves at
 * the very end, after the "Nơi nhận" list.
 */

const AUTHORITY = /^(?:T\/M|K\/T|T\/L|Q\/|TM\.|KT\.|TL\.|Q\.)[ \t]*(.+)$/u;
const POSITION =
  /^(?:PHÓ[ \t]+)?(?:BÍ[ \t]+THƯ|CHÁNH[ \t]+VĂN[ \t]+PHÒNG|CHỦ[ \t]+TỊCH|TRƯỞNG[ \t]+BAN|CHỦ[ \t]+NHIỆM|GIÁM[ \t]+ĐỐC|TRƯỞNG[ \t]+PHÒNG|THỦ[ \t]+TRƯỞNG|CHÁNH[ \t]+THANH[ \t]+TRA|TỔNG[ \t]+BIÊN[ \t]+TẬP|TRƯỞNG[ \t]+ĐOÀN)(?:[ \t]+THƯỜNG[ \t]+TRỰC)?$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;
const NOT_NAMES = /^(?:Văn|Ban|Huyện|Tỉnh|Thành|Đảng|Ủy|Uỷ|Nơi|Lưu|Ảnh|Theo|Nguồn)$/u;

export interface SignatureBlock {
  signer: Signer | null;
  /** The authority the signer acts for ("Ban Thường vụ"), usual casing; null without an authority line. */
  authority: string | null;
}

function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    line.length <= 40 &&
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => NAME_WORD.test(w)) &&
    !NOT_NAMES.test(words[0]!)
  );
}

export function findSignature(text: string): SignatureBlock {
  const lines = text.split('\n').map((l) => l.trim());
  const tail = lines.slice(-40);
  let position: string | null = null;
  let authority: string | null = null;
  let markAt = -1;
  tail.forEach((line, i) => {
    const a = AUTHORITY.exec(line);
    if (a && isAllCaps(a[1]!)) {
      authority = smartCase(a[1]!);
      markAt = i;
    } else if (POSITION.test(line)) {
      position = smartCase(line);
      markAt = i;
    }
  });
  const after = markAt >= 0 ? tail.slice(markAt + 1) : [];
  const lastLine = [...lines].reverse().find((l) => l !== '') ?? '';
  const candidates = [...after.filter((l) => l !== '' && !/^\(|^Nơi nhận/i.test(l)).slice(0, 3), lastLine];
  const name = candidates.find((l) => looksLikeName(l)) ?? null;
  if (!name && !position) return { signer: null, authority };
  return { signer: { name, position }, authority };
}
