import { Beleidsfout, VORMEN } from '@netwerkdossier/shared';
import { isMap, isSeq, LineCounter, parse, parseDocument } from 'yaml';

/**
 * One field of the privacy officer's form: the value at `pad` in a policy file (e.g. deelmatrix.yaml,
 * matrix/gezondheid/duo); `null` removes it (an exception, an organisation's line).
 */
export interface Wijziging {
  bestand: string;
  pad: Array<string | number>;
  waarde: unknown;
}

/** Removals last, the highest index of a list first: every change names its place as the texts in force have it. */
function volgorde(a: Wijziging, b: Wijziging): number {
  if ((a.waarde === null) !== (b.waarde === null)) return a.waarde === null ? 1 : -1;
  if (a.waarde !== null) return 0;
  for (let i = 0; i < Math.min(a.pad.length, b.pad.length); i++) {
    if (a.pad[i] !== b.pad[i]) return typeof a.pad[i] === 'number' && typeof b.pad[i] === 'number' ? (b.pad[i] as number) - (a.pad[i] as number) : 0;
  }
  return 0;
}

/** A validation error, with the form field it is about when it is on a line the form changed. */
export type Veldfout = Beleidsfout & { veld?: string };

/** The name of a form field: file and path, as the web app names its inputs. */
export const veldnaam = (w: Pick<Wijziging, 'bestand' | 'pad'>) => `${w.bestand}:${w.pad.join('/')}`;

/** Every file's values as the form shows them (the YAML read as data; comments stay in the texts). */
export function waardenVan(bestanden: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(bestanden).map(([b, t]) => [b, parse(t) as unknown]));
}

/** The columns of eigen-organisatie.yaml: every `doel/vorm` of doelen.yaml. */
function eigenKolommen(doelen: string | undefined): string[] {
  const waarde = (doelen ? parse(doelen) : {}) as { doelen?: Record<string, { vormen?: string[] }> };
  return Object.entries(waarde.doelen ?? {}).flatMap(([d, { vormen = [] }]) => vormen.map((v) => `${d}/${v}`));
}

/** Where `pad` is once the removed entries are gone: each index less the removed entries before it in its list. */
function naVerwijderen(pad: Wijziging['pad'], weg: Wijziging[]): Wijziging['pad'] {
  return pad.map((d, i) => {
    if (typeof d !== 'number') return d;
    const zelfdeLijst = weg.filter((w) => w.pad.length === i + 1 && w.pad.slice(0, i).every((x, j) => x === pad[j]));
    return d - zelfdeLijst.filter((w) => (w.pad[i] as number) < d).length;
  });
}

/**
 * Applies the form's changes to the texts in force, through the YAML document so comments and layout stay, and
 * returns the new texts and, per file, which line each changed field landed on (to put an error at its field).
 * A row of a matrix written with `alle` is written out per column first when one column changes; a removal (`null`)
 * comes after every other change, so each change names its place as the texts in force have it.
 */
export function pasToe(bestanden: Record<string, string>, wijzigingen: Wijziging[]): { bestanden: Record<string, string>; velden: Map<string, string> } {
  const uit = { ...bestanden };
  const velden = new Map<string, string>();
  const perBestand = new Map<string, Wijziging[]>();
  for (const w of wijzigingen) perBestand.set(w.bestand, [...(perBestand.get(w.bestand) ?? []), w]);
  for (const [bestand, lijst] of perBestand) {
    if (uit[bestand] === undefined) throw new Error(`Onbekend beleidsbestand: ${bestand}`);
    const doc = parseDocument(uit[bestand]);
    for (const w of [...lijst].sort(volgorde)) {
      if (w.waarde === null) {
        doc.deleteIn(w.pad);
        continue;
      }
      const rij = doc.getIn(w.pad.slice(0, -1), true);
      if (isMap(rij) && rij.has('alle') && w.pad.at(-1) !== 'alle') {
        const alle = rij.get('alle');
        const kolommen = bestand === 'deelmatrix.yaml' ? [...VORMEN] : eigenKolommen(uit['doelen.yaml']);
        rij.delete('alle');
        for (const k of kolommen) rij.set(k, alle);
      }
      doc.setIn(w.pad, w.waarde);
      // a list of names on the line of its field, as the files write them
      const gezet = doc.getIn(w.pad, true);
      if (isSeq(gezet)) gezet.flow = true;
      // an element of a list of entries is written out, a line per field, so an error lands at its field
      const lijstVan = typeof w.pad.at(-2) === 'number' ? doc.getIn(w.pad.slice(0, -2), true) : undefined;
      if (isSeq(lijstVan)) {
        lijstVan.flow = false;
        for (const item of lijstVan.items) if (isMap(item)) item.flow = false;
      }
    }
    uit[bestand] = doc.toString();
    // the line of each changed value in the new text
    const teller = new LineCounter();
    const nieuw = parseDocument(uit[bestand], { lineCounter: teller });
    const weg = lijst.filter((x) => x.waarde === null);
    for (const w of lijst.filter((x) => x.waarde !== null)) {
      const knoop = nieuw.getIn(naVerwijderen(w.pad, weg), true) as { range?: [number, number, number] } | undefined;
      if (!knoop?.range) continue;
      // every line the value takes (a long list wraps): an error on any of them is at this field
      for (let r = teller.linePos(knoop.range[0]).line; r <= teller.linePos(Math.max(knoop.range[0], knoop.range[1] - 1)).line; r++) velden.set(`${bestand}:${r}`, veldnaam(w));
    }
  }
  return { bestanden: uit, velden };
}

/** The errors, each with the form field on its line, where there is one. */
export function metVelden(fouten: Beleidsfout[], velden: Map<string, string>): Veldfout[] {
  return fouten.map((f) => {
    const veld = velden.get(`${f.bestand}:${f.regel}`);
    return veld ? { ...f, veld } : f;
  });
}
