/**
 * One approved policy version as netwerk hands it to the gateways: its texts, from when it is in force, and the
 * evidence of its proposal and decisions. `volgorde` is the order of approval: of the versions whose moment has come,
 * the last approved is in force. netwerk sends every approved version, the first included, so that a gateway can
 * check the whole chain (controleerKeten).
 */
export interface Roosterregel {
  volgnummer: number;
  versie: string;
  /** ISO time from which it is in force. */
  vanaf: string;
  volgorde: number;
  bestanden: Record<string, string>;
  /** The version it changed (null for the installation's first). */
  basis: number | null;
  /** The gateway's evidence of the proposal (see besluitbewijs.ts); null for the installation's first version. */
  bewijs: string | null;
  /** The evidence of every approval and refusal of it. */
  besluiten: string[];
}

/** The version in force at `t`: the last approved of those whose moment has come; undefined before any. */
export function inWerkingOp(rooster: readonly Roosterregel[], t: number): Roosterregel | undefined {
  return rooster.filter((r) => Date.parse(r.vanaf) <= t).reduce<Roosterregel | undefined>((laatste, r) => (!laatste || r.volgorde > laatste.volgorde ? r : laatste), undefined);
}

/** When the version in force changes next after `t` (ms since the epoch), or undefined when nothing is planned. */
export function volgendeWissel(rooster: readonly Roosterregel[], t: number): number | undefined {
  const nu = inWerkingOp(rooster, t);
  const later = rooster.filter((r) => Date.parse(r.vanaf) > t && (!nu || r.volgorde > nu.volgorde)).map((r) => Date.parse(r.vanaf));
  return later.length ? Math.min(...later) : undefined;
}
