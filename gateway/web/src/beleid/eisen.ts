/** The vormen of a betrokkenheid, the deelmatrix's columns, in their order. */
export const VORMEN = ['consultatie', 'duo', 'onderzoek', 'maatregel'];

/**
 * Every requirement a policy cell can hold (policies/deelmatrix.yaml explains each), in the policy's order,
 * with the words a privacy officer reads for it.
 */
export const EISEN: Record<string, string> = {
  altijd: 'altijd',
  betrokkenheid: 'bij betrokkenheid (wettelijke taak)',
  toestemming: 'met toestemming',
  'toestemming-anders-geanonimiseerd': 'met toestemming, anders geanonimiseerd',
  grondslag: 'met wettelijke grondslag',
  doorbraak: 'alleen met doorbraak',
  geanonimiseerd: 'alleen geanonimiseerd',
  nooit: 'nooit',
};
