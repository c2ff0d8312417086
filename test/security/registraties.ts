import { demoHuishouden } from '@netwerkdossier/shared';

import { GraphQLAntwoord, TEST_SEED, TestNetwerk } from '../harness/netwerk';

export const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));

/** A household rvt-eva works on as a duo: she may register consents and doorbraken there. */
export const EIGEN = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.professional === 'rvt-eva'))!;
/** A household rvt-eva has nothing to do with. */
export const VREEMD = wereld.find((h) => h.betrokkenheden.every((b) => b.professional !== 'rvt-eva'))!;

export const REDEN = 'Het kind vertelde op school over geweld thuis gisteravond; de vader weigert toestemming en er is acuut gevaar voor de veiligheid.';

export const REGISTREER_TOESTEMMING = /* GraphQL */ `mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id persoon bewijs ontvangerTeam geldigVanaf geldigTot } }`;
export const REGISTREER_DOORBRAAK = /* GraphQL */ `mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { id reden personen categorieen } }`;
export const HUISHOUDEN = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { id leden { id } } }`;

/** A valid consent of EIGEN's first member for rvt-eva's organisation, with `wijzig` applied. */
export function toestemming(wijzig: Record<string, unknown> = {}): Record<string, unknown> {
  const persoon = EIGEN.leden[0].id;
  return { persoon, gegevenDoor: [persoon], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-test', geldigVanaf: '2026-01-01', ...wijzig };
}

/** A valid doorbraak of rvt-eva on EIGEN's first member, with `wijzig` applied. */
export function doorbraak(wijzig: Record<string, unknown> = {}): Record<string, unknown> {
  return { huishouden: EIGEN.id, personen: [EIGEN.leden[0].id], categorieen: ['hulpverlening'], reden: REDEN, uren: 1, ...wijzig };
}

/** The first error of an answer, message and code: what a client sees of a refusal. */
export function fout(antwoord: GraphQLAntwoord): { message: string; code: unknown } | undefined {
  const e = antwoord.body.errors?.[0];
  return e && { message: e.message, code: e.extensions?.code };
}

/**
 * Sends what should be refused and returns the client's view of it, after checking that the registry
 * did not change: no consent, betrokkenheid, doorbraak or toegangslog record more or less. A request
 * refused as invalid input is not in the toegangslog: nothing was decided or disclosed (only a refusal
 * of who asks, for a doel or a field, is recorded as a weigering).
 */
export async function zonderGevolg(netwerk: TestNetwerk, verzoek: () => Promise<GraphQLAntwoord>): Promise<GraphQLAntwoord> {
  const voor = await netwerk.rijen();
  const antwoord = await verzoek();
  expect(await netwerk.rijen()).toEqual(voor);
  return antwoord;
}
