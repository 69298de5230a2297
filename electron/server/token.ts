import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh 256-bit token per launch, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison: both sides are hashed first so the comparison
 * takes the same time whatever the length of the candidate.
 */
export function tokensMatch(expected: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(candidate).digest();
  return timingSafeEqual(a, b);
}
