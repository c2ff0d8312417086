import type { Geheugenmeting } from './processen';
import type { Controle } from './uitkomsten';

/** Allowed growth of the last third over the first: 25% and 24 MiB (V8 sizes its heap to the load it sees: in a 45 s run netwerk, still warming, grew from 98 to 135 MiB). */
const TOLERANTIE = { factor: 1.25, MiB: 24 };
const MINSTENS = 6;

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Per process (a restarted partner is a new one), the RSS samples after its warm-up: the median of the
 * last third may exceed that of the first third by at most the tolerance. A process with fewer than six
 * samples after warm-up is listed, not judged; the gateway and netwerk (never killed) must be judged.
 */
export function controleerGeheugen(metingen: Geheugenmeting[], opwarmenMs: number): Controle {
  const per = new Map<string, Geheugenmeting[]>();
  for (const m of metingen) {
    if (m.tijd < m.gestart + opwarmenMs) continue;
    const sleutel = `${m.naam}@${m.gestart}`;
    per.set(sleutel, [...(per.get(sleutel) ?? []), m]);
  }
  const regels = [`tolerantie: laatste derde ≤ eerste derde × ${TOLERANTIE.factor} + ${TOLERANTIE.MiB} MiB (mediaan RSS, na ${(opwarmenMs / 1000).toFixed(0)} s opwarmen)`];
  let geslaagd = true;
  const beoordeeld = new Set<string>();
  for (const reeks of per.values()) {
    const { naam, gestart } = reeks[0];
    const label = `${naam} (gestart ${new Date(gestart).toISOString().slice(11, 19)})`;
    if (reeks.length < MINSTENS) {
      regels.push(`${label}: ${reeks.length} metingen na opwarmen, niet beoordeeld`);
      continue;
    }
    const derde = Math.floor(reeks.length / 3);
    const eerst = mediaan(reeks.slice(0, derde).map((m) => m.rssMiB));
    const laatst = mediaan(reeks.slice(-derde).map((m) => m.rssMiB));
    const goed = laatst <= eerst * TOLERANTIE.factor + TOLERANTIE.MiB;
    geslaagd &&= goed;
    beoordeeld.add(naam);
    regels.push(`${label}: ${eerst.toFixed(1)} → ${laatst.toFixed(1)} MiB (${reeks.length} metingen, piek ${Math.max(...reeks.map((m) => m.rssMiB)).toFixed(1)})${goed ? '' : ' GROEIT'}`);
  }
  return { naam: 'geheugen groeit niet', geslaagd: geslaagd && beoordeeld.has('gateway') && beoordeeld.has('netwerk'), regels };
}
