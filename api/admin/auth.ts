import crypto from 'node:crypto';

const digest = (s: string): Buffer => crypto.createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether an Authorization header carries the admin token. Both sides are hashed to equal-length digests
 * and compared in constant time, so neither the token nor its length leaks through timing.
 * Without a configured token nothing is authorised.
 */
export function isAdmin(authorization: string | undefined, adminToken: string | undefined): boolean {
  if (!adminToken) return false;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  const given = m?.[1] ?? '';
  const same = crypto.timingSafeEqual(digest(given), digest(adminToken));
  return same && given.length > 0;
}
