import { Dossierbevestiger, zoekDossier } from '@netwerkdossier/shared';

import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { Beschermingsonderzoekstatus } from './enums';

/** A raadsonderzoeker's onderzoek rests on a lopend beschermingsonderzoek of theirs in the Raad's own dossier on the household. */
export const bevestigBeschermingsonderzoek: Dossierbevestiger = async (dataSource, { huishouden, professional }) => {
  const dossier = await zoekDossier(dataSource, huishouden);
  const onderzoek = dossier && (await dataSource.getRepository(Beschermingsonderzoek).findOne({
    where: { dossierId: dossier.id, onderzoeker: professional, status: Beschermingsonderzoekstatus.lopend },
    order: { gestartOp: 'DESC', id: 'DESC' },
  }));
  return onderzoek ? `beschermingsonderzoek gestart ${onderzoek.gestartOp}` : null;
};
