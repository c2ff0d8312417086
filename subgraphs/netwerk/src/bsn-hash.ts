import { createHmac } from 'node:crypto';

/** The network's HMAC key for BSNs, from NETWERK_BSN_SLEUTEL. There is no default: no key, no linking. */
export function bsnSleutel(): string {
  const sleutel = process.env.NETWERK_BSN_SLEUTEL ?? '';
  if (sleutel.length < 32) {
    throw new Error('NETWERK_BSN_SLEUTEL ontbreekt of is korter dan 32 tekens; zonder sleutel worden geen BSNs gekoppeld');
  }
  return sleutel;
}

/** HMAC-SHA256 of a BSN: the only form in which the network stores it. */
export function bsnHash(bsn: string, sleutel: string): string {
  return createHmac('sha256', sleutel).update(bsn).digest('hex');
}
