import { PARTNERS, PartnerProfessional } from '../partners';

export type Rol = PartnerProfessional['rol'] | 'client';

/** A professional in the demo world, with the partner whose folder declares them. */
export interface Professional extends PartnerProfessional {
  organisatie: string;
}

/** Every professional the demo world assigns to households: each partner's own, from its `partner.json`. */
export const PROFESSIONALS: readonly Professional[] = PARTNERS.flatMap((p) => p.professionals.map((prof) => ({ ...prof, organisatie: p.naam })));
