import { Dossierbevestiger, zoekDossier } from '@netwerkdossier/shared';

import { Onderzoeksstatus } from './enums';
import { Onderzoek } from './onderzoek';

/** An onderzoek of Veilig Thuis rests on a lopend onderzoek in its own dossier on the household (a melding came first). */
export const bevestigOnderzoek: Dossierbevestiger = async (dataSource, { huishouden }) => {
  const dossier = await zoekDossier(dataSource, huishouden);
  const onderzoek = dossier && (await dataSource.getRepository(Onderzoek).findOne({ where: { dossierId: dossier.id, status: Onderzoeksstatus.lopend }, order: { gestartOp: 'DESC', id: 'DESC' } }));
  return onderzoek ? `onderzoek gestart ${onderzoek.gestartOp}` : null;
};
