import { Dossierbevestiger, zoekDossier } from '@netwerkdossier/shared';
import { IsNull, MoreThanOrEqual } from 'typeorm';

import { Maatregel } from './maatregel';

/** A maatregel of the GI rests on a running maatregel in its own dossier on the household, under the uitspraak the registration names. */
export const bevestigMaatregel: Dossierbevestiger = async (dataSource, { huishouden, uitspraakkenmerk }) => {
  const dossier = await zoekDossier(dataSource, huishouden);
  if (!dossier || !uitspraakkenmerk) return null;
  const vandaag = new Date().toISOString().slice(0, 10);
  const basis = { dossierId: dossier.id, uitspraakkenmerk };
  const maatregel = await dataSource.getRepository(Maatregel).findOne({ where: [{ ...basis, einddatum: IsNull() }, { ...basis, einddatum: MoreThanOrEqual(vandaag) }] });
  return maatregel?.uitspraakkenmerk ?? null;
};
