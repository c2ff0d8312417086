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
 * The first eight digits are a permutation of `volgnummer` (unique within a world, shifted per
 * seed); the ninth is drawn and, should the number pass the elfproef, moved by one, which breaks it.
 */
export function synthetischBsn(seed: string, volgnummer: number, random: Random): string {
  const verschuiving = new Random(seed, 'bsn').geheel(0, 99_999_999);
  // 7 919 993 is coprime to 10^8, so this is a bijection on eight-digit numbers
  const acht = String((volgnummer * 7_919_993 + verschuiving) % 100_000_000).padStart(8, '0');
  const bsn = acht + random.geheel(0, 9);
  if (!voldoetAanElfproef(bsn)) return bsn;
  return acht + ((Number(bsn[8]) + 1) % 10);
}
