import { DEMO_PEILJAAR, demoHuishouden, DemoHuishouden } from '@netwerkdossier/shared';

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

/**
 * A duo household of rvt-eva in which one adult did not consent (for themselves) and another did, among the
 * first `aantal` of the demo world: the household, the one who refused and the one who consented.
 */
export function duoMetWeigeraar(seed: string, aantal: number): { huishouden: DemoHuishouden; weigeraar: DemoHuishouden['leden'][number]; instemmer: DemoHuishouden['leden'][number] } {
  const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
  const ingestemdIn = (h: DemoHuishouden) => new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  const huishouden = uitDeTestwereld(Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i)).find((h) => {
    const ingestemd = ingestemdIn(h);
    return h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo')
      && h.leden.filter(volwassen).some((p) => !ingestemd.has(p.id)) && h.leden.filter(volwassen).some((p) => ingestemd.has(p.id));
  }), 'duo-huishouden van rvt-eva met één volwassene die weigert en één die instemt');
  const ingestemd = ingestemdIn(huishouden);
  return { huishouden, weigeraar: huishouden.leden.find((p) => volwassen(p) && !ingestemd.has(p.id))!, instemmer: huishouden.leden.find((p) => volwassen(p) && ingestemd.has(p.id))! };
}
