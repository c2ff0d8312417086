import { Dossierbevestiger, zoekDossier } from '@netwerkdossier/shared';

import { Onderzoeksstatus } from './enums';
import { Onderzoek } from './onderzoek';

/** An onderzoeker's onderzoek rests on a lopend onderzoek of theirs in Veilig Thuis's own dossier on the household (a melding came first). */
export const bevestigOnderzoek: Dossierbevestiger = async (dataSource, { huishouden, professional }) => {
  const dossier = await zoekDossier(dataSource, huishouden);
  const onderzoek = dossier && (await dataSource.getRepository(Onderzoek).findOne({ where: { dossierId: dossier.id, onderzoeker: professional, status: Onderzoeksstatus.lopend }, order: { gestartOp: 'DESC', id: 'DESC' } }));
  return onderzoek ? `onderzoek gestart ${onderzoek.gestartOp}` : null;
};
