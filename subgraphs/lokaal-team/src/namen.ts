import { Client, Dossier } from '@netwerkdossier/shared';
import { DataSource, In } from 'typeorm';

import { Adres } from './adres';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';

/** Every name the lokaal team knows for these households: members, their network and the address. */
export async function namenVan(dataSource: DataSource, huishoudenIds: string[]): Promise<string[]> {
  if (huishoudenIds.length === 0) return [];
  const dossiers = await dataSource.getRepository(Dossier).findBy({ huishoudenId: In(huishoudenIds) });
  const dossierIds = dossiers.map((d) => d.id);
  if (dossierIds.length === 0) return [];
  const clients = await dataSource.getRepository(Client).findBy({ dossierId: In(dossierIds) });
  const personalia = clients.length ? await dataSource.getRepository(Personalia).findBy({ clientId: In(clients.map((c) => c.id)) }) : [];
  const netwerk = await dataSource.getRepository(NetwerkLid).findBy({ dossierId: In(dossierIds) });
  const adressen = await dataSource.getRepository(Adres).findBy({ dossierId: In(dossierIds) });
  return [
    ...personalia.flatMap((p) => [p.voornaam, p.achternaam, ...(p.telefoonnummer ? [p.telefoonnummer] : []), ...(p.emailadres ? [p.emailadres] : [])]),
    ...netwerk.map((n) => n.naam),
    ...adressen.map((a) => a.adres),
  ];
}
