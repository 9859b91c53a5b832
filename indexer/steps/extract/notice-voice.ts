import { foldKey } from '../../../lib/vietnamese/index.js';

/**
 * A page that is a notice in its own voice, though it has no type line: an authority announces
 * ("Ban Thường vụ Huyện uỷ thông báo lịch tiếp công dân …, như sau:", "Chủ tịch HĐND huyện … thông báo
 * lịch tiếp công dân như sau:") or closes with the notice formula ("Ủy ban nhân dân huyện thông báo để
 * các phòng, ban … biết."). A report about a notice speaks of it in the third person ("… vừa có Thông
 * báo số …", "Thông báo nêu rõ", "theo đó") and stays a news report. Reads folded text.
 */

const AUTHORITY =
  '(?:ban thuong vu|thuong truc|van phong|uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|chu tich|huyen uy|tinh uy|thanh uy|quan uy|thi uy|dang uy)';
/** The authority opens a sentence or clause, then within a few words announces. */
const ANNOUNCES = new RegExp(
  `(?:^|[;.]|,[ \\t])[ \\t]*${AUTHORITY}(?:[ \\t]+[^ \\t;.]+){0,10}?[ \\t]+thong bao[ \\t]+(?:[^.;]{0,200}?,?[ \\t]*nhu sau[ \\t]*:|de[ \\t][^.]{0,200}?biet(?![a-z]))`,
  'mu',
);
const REPORTED =
  /(?:vua|da|moi)[ \t]+(?:co|ban hanh|ra)[ \t]+(?:thong bao|van ban|cong van)|thong bao[ \t]+(?:nay[ \t]+)?(?:neu ro|cho biet)|theo[ \t]+(?:do|thong bao)(?![a-z])|xin thong bao/u;

export function announcesItself(text: string): boolean {
  const folded = text.slice(0, 4000).split('\n').map(foldKey).join('\n');
  return ANNOUNCES.test(folded) && !REPORTED.test(folded);
}
