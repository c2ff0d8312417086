import { createContext, useContext } from 'react';

/** An example from a proposal's impact, to compare in the simulator: this persona, this household, this doel, now and under the proposal. */
export interface Voorbeeld {
  persona: string;
  huishouden: string;
  doel: string;
  voorstel: number;
  /** Counts up with each request, so the same example asked twice is shown again. */
  nr: number;
}

/** The example the simulator shows, and how the impact asks for one (Toezicht holds it). */
export const NaarSimulator = createContext<{ voorbeeld: Voorbeeld | null; toon: (v: Omit<Voorbeeld, 'nr'>) => void }>({ voorbeeld: null, toon: () => undefined });

export const useNaarSimulator = () => useContext(NaarSimulator);
