import { Random } from './random';

/** The elfproef every real BSN passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function voldoetAanElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const cijfers = [...bsn].map(Number);
  const som = cijfers.slice(0, 8).reduce((s, c, i) => s + c * (9 - i), 0) - cijfers[8];
  return som % 11 === 0;
}

/**
 * A synthetic BSN that fails the elfproef, so it can never be a real citizen's number.
 * When the drawn number happens to pass, the last digit is moved by one, which breaks it.
 */
export function synthetischBsn(random: Random): string {
  const bsn = String(random.geheel(100_000_000, 999_999_999));
  if (!voldoetAanElfproef(bsn)) return bsn;
  const laatste = (Number(bsn[8]) + 1) % 10;
  return bsn.slice(0, 8) + laatste;
}
