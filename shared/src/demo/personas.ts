import type { Vorm } from '../beleid/beleid';
import type { Organisatie } from './wereld';

export type Rol = 'professional' | 'gedragswetenschapper' | 'teamleider' | 'privacyfunctionaris' | 'client';

/** A professional in the demo world; personas are the ones the README documents. */
export interface Professional {
  sub: string;
  naam: string;
  organisatie: Organisatie;
  team: string;
  rol: Exclude<Rol, 'client'>;
  /** The betrokkenheid-vormen the demo world assigns this professional to. */
  vormen: readonly Vorm[];
  /** Documented demo persona: what a reader would call this person. */
  persona?: string;
  /** The doel this persona usually declares (policies/doelen.yaml). */
  doel?: string;
}

const ALLE: readonly Vorm[] = ['consultatie', 'duo', 'onderzoek', 'maatregel'];

/** Every professional the demo world assigns to households, personas first. */
export const PROFESSIONALS: readonly Professional[] = [
  { sub: 'lt-fatima', naam: 'Fatima Kaya', organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional', vormen: ALLE, persona: 'professional lokaal team', doel: 'gezamenlijk-plan' },
  { sub: 'lt-bram', naam: 'Bram de Wit', organisatie: 'lokaal-team', team: 'Wijkteam Zuid', rol: 'professional', vormen: ALLE },
  { sub: 'lt-noor', naam: 'Noor Visser', organisatie: 'lokaal-team', team: 'Wijkteam Zuid', rol: 'professional', vormen: ALLE },
  { sub: 'rvt-eva', naam: 'Eva Mulder', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', vormen: ['consultatie', 'duo'], persona: 'RVT-duopartner', doel: 'gezamenlijk-plan' },
  { sub: 'rvt-kwame', naam: 'Kwame Boateng', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', vormen: ['consultatie', 'duo'] },
  { sub: 'rvt-lina', naam: 'Lina de Groot', organisatie: 'gi', team: 'RVT Midden', rol: 'gedragswetenschapper', vormen: ['consultatie', 'duo'] },
  { sub: 'vt-daan', naam: 'Daan Bakker', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', vormen: ['onderzoek'], persona: 'onderzoeker Veilig Thuis', doel: 'veiligheidsonderzoek' },
  { sub: 'vt-esra', naam: 'Esra Yilmaz', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', vormen: ['onderzoek'] },
  { sub: 'gi-sanne', naam: 'Sanne Peters', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', vormen: ['maatregel'], persona: 'jeugdbeschermer GI', doel: 'uitvoering-maatregel' },
  { sub: 'raad-joris', naam: 'Joris Hendriks', organisatie: 'raad', team: 'Raad regio Midden', rol: 'professional', vormen: ['onderzoek'], persona: 'raadsonderzoeker', doel: 'veiligheidsonderzoek' },
  { sub: 'vt-ilse', naam: 'Ilse Janssen', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'teamleider', vormen: [], persona: 'teamleider Veilig Thuis', doel: 'bevestiging' },
  { sub: 'gi-ruud', naam: 'Ruud van Dijk', organisatie: 'gi', team: 'RVT Midden', rol: 'teamleider', vormen: [], persona: 'teamleider GI', doel: 'bevestiging' },
  { sub: 'raad-mirjam', naam: 'Mirjam Smit', organisatie: 'raad', team: 'Raad regio Midden', rol: 'teamleider', vormen: [], persona: 'teamleider Raad', doel: 'bevestiging' },
  { sub: 'rvt-pieter', naam: 'Pieter Dekker', organisatie: 'raad', team: 'RVT Midden', rol: 'professional', vormen: [], persona: 'RVT-lid, niet betrokken', doel: 'gezamenlijk-plan' },
  { sub: 'fg-ingrid', naam: 'Ingrid Bos', organisatie: 'lokaal-team', team: 'Privacy', rol: 'privacyfunctionaris', vormen: [], persona: 'privacyfunctionaris', doel: 'toezicht' },
];
