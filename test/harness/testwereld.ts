import { demoHuishouden, DemoHuishouden } from '@netwerkdossier/shared';

/**
 * A case the tests of a file need from the demo world. Without it the file stops before any test runs,
 * saying what is missing: a precondition, not a test of the product.
 */
export function uitDeTestwereld<T>(waarde: T | undefined, wat: string): T {
  if (waarde === undefined) throw new Error(`De testwereld heeft geen ${wat}: kies een grotere AANTAL`);
  return waarde;
}

/** A duo household of rvt-eva (Veilig Thuis) where not everyone consented: the lokaal team's gezinsplan is withheld from her. */
export function duoHuishoudenVanEva(seed: string, aantal: number): DemoHuishouden {
  return uitDeTestwereld(Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i)).find((h) => {
    const duo = h.betrokkenheden.some((b) => b.vorm === 'duo' && b.professional === 'rvt-eva');
    const ingestemd = new Set(h.toestemmingen.map((t) => t.persoon));
    return duo && h.leden.some((l) => !ingestemd.has(l.id));
  }), 'duo-huishouden van rvt-eva met iemand die niet instemde');
}
