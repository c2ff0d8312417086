import { isDeepStrictEqual } from 'node:util';

import type { Lastopdracht } from './last';

/** A JSON value with every object's keys in sorted order: two answers that differ only in key order become equal. */
export function normaliseer(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(normaliseer);
  if (waarde && typeof waarde === 'object') {
    return Object.fromEntries(Object.keys(waarde).sort().map((k) => [k, normaliseer((waarde as Record<string, unknown>)[k])]));
  }
  return waarde;
}

/** The first place where two normalised JSON values differ, as a path, or null when they are equal. */
export function eersteVerschil(a: unknown, b: unknown, pad = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const sleutels = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of sleutels) {
      const v = eersteVerschil((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${pad}.${k}`);
      if (v) return v;
    }
  }
  return `${pad}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function vraag(url: string, verzoek: Lastopdracht['verzoeken'][number]): Promise<unknown> {
  const antwoord = await fetch(url, { method: 'POST', headers: { ...verzoek.headers, 'content-type': 'application/json' }, body: verzoek.body });
  return JSON.parse(await antwoord.text()) as unknown;
}

/**
 * The limit must answer what the bare gateway answers, or its figures say nothing: for each of the given
 * requests both answers are fetched, normalised (key order) and compared deeply; the first difference stops
 * the bench. Returns how many views were compared.
 */
export async function vergelijkMetLimiet(kaalUrl: string, limietUrl: string, verzoeken: Lastopdracht['verzoeken'], wat: string): Promise<number> {
  for (const verzoek of verzoeken) {
    const [kaal, limiet] = await Promise.all([vraag(kaalUrl, verzoek), vraag(limietUrl, verzoek)]);
    const verschil = eersteVerschil(normaliseer(kaal), normaliseer(limiet));
    if (verschil) throw new Error(`DE LIMIET ANTWOORDT ANDERS DAN DE KALE GATEWAY (${wat}, ${verzoek.body.slice(-60)}): ${verschil}`);
  }
  return verzoeken.length;
}
