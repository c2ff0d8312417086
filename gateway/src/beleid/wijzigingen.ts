import { Beleidsfout, VORMEN } from '@netwerkdossier/shared';
import { isMap, LineCounter, parse, parseDocument } from 'yaml';

/** One field of the privacy officer's form: the value at `pad` in a policy file (e.g. deelmatrix.yaml, matrix/gezondheid/duo). */
export interface Wijziging {
  bestand: string;
  pad: Array<string | number>;
  waarde: unknown;
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

/**
 * Applies the form's changes to the texts in force, through the YAML document so comments and layout stay, and
 * returns the new texts and, per file, which line each changed field landed on (to put an error at its field).
 * A row of a matrix written with `alle` is written out per column first when one column changes.
 */
export function pasToe(bestanden: Record<string, string>, wijzigingen: Wijziging[]): { bestanden: Record<string, string>; velden: Map<string, string> } {
  const uit = { ...bestanden };
  const velden = new Map<string, string>();
  const perBestand = new Map<string, Wijziging[]>();
  for (const w of wijzigingen) perBestand.set(w.bestand, [...(perBestand.get(w.bestand) ?? []), w]);
  for (const [bestand, lijst] of perBestand) {
    if (uit[bestand] === undefined) throw new Error(`Onbekend beleidsbestand: ${bestand}`);
    const doc = parseDocument(uit[bestand]);
    for (const w of lijst) {
      const rij = doc.getIn(w.pad.slice(0, -1), true);
      if (isMap(rij) && rij.has('alle') && w.pad.at(-1) !== 'alle') {
        const alle = rij.get('alle');
        const kolommen = bestand === 'deelmatrix.yaml' ? [...VORMEN] : eigenKolommen(uit['doelen.yaml']);
        rij.delete('alle');
        for (const k of kolommen) rij.set(k, alle);
      }
      doc.setIn(w.pad, w.waarde);
    }
    uit[bestand] = doc.toString();
    // the line of each changed value in the new text
    const teller = new LineCounter();
    const nieuw = parseDocument(uit[bestand], { lineCounter: teller });
    for (const w of lijst) {
      const knoop = nieuw.getIn(w.pad, true) as { range?: [number, number, number] } | undefined;
      if (knoop?.range) velden.set(`${bestand}:${teller.linePos(knoop.range[0]).line}`, veldnaam(w));
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
