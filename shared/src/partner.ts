import { ClassType, Directive, Field, ID, ObjectType } from 'type-graphql';
import { DataSource } from 'typeorm';

import { Categorie } from './categorie';
import { binnenReikwijdte, GebruikteGrants1796300000400 } from './grant';
import { controleerPseudoniem } from './invoer';
import { Client, Dossier, persoonBinnenReikwijdte } from './koppeling';
import { Koppeling1763900000000 } from './koppeling.migration';
import { ServiceNaam } from './services';
import { SubgraphContext, SubgraphDefinitie } from './subgraph';
import { BewaartaakGeenSuperuser1796220000000, Verstrekking, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from './verstrekking';
import { verstrekkingenlogRoute } from './verstrekkingenlog';
import { GetuigdCheckpoint, GetuigdeCheckpoints1796300000000, getuigeRoute } from './getuige';

/** A federated Huishouden or Persoon as a partner holds it: only the registry's pseudonym; the partner's resolvers add its own fields. */
export interface PartnerEntiteit {
  id: string;
}

/** The Huishouden and Persoon object types of one partner. */
export interface PartnerTypen {
  Huishouden: ClassType<PartnerEntiteit>;
  Persoon: ClassType<PartnerEntiteit>;
}

function maakPartnerTypen(): PartnerTypen {
  @Directive('@key(fields: "id")')
  @ObjectType()
  class Huishouden {
    @Field(() => ID)
    @Categorie('pseudoniem')
    id!: string;
  }

  @Directive('@key(fields: "id")')
  @ObjectType()
  class Persoon {
    @Field(() => ID)
    @Categorie('pseudoniem')
    id!: string;
  }

  return { Huishouden, Persoon };
}

const typenPerPartner = new Map<ServiceNaam, PartnerTypen>();

/**
 * The Huishouden and Persoon object types a partner's resolvers extend (`@Resolver(() => Huishouden)`).
 * One pair per partner, not one for all: type-graphql records the fields a resolver adds on the class
 * itself, so partners served from one process (tests, `npm start`) would otherwise show each other's fields.
 */
export function partnerTypen(naam: ServiceNaam): PartnerTypen {
  let typen = typenPerPartner.get(naam);
  if (!typen) {
    typen = maakPartnerTypen();
    typenPerPartner.set(naam, typen);
  }
  return typen;
}

/** A household in the grant's scope; one this partner does not know simply has no dossier parts here. */
function resolveHuishoudenReference(referentie: PartnerEntiteit, { grant }: SubgraphContext): PartnerEntiteit | null {
  const id = controleerPseudoniem(referentie.id, 'Huishouden.id');
  return binnenReikwijdte(grant, id) ? { id } : null;
}

/** A person of a household in the grant's scope; one this partner does not know has no dossier parts here. */
async function resolvePersoonReference(referentie: PartnerEntiteit, { dataSource, grant }: SubgraphContext): Promise<PartnerEntiteit | null> {
  const id = controleerPseudoniem(referentie.id, 'Persoon.id');
  return (await persoonBinnenReikwijdte(dataSource, grant, id)) ? { id } : null;
}

/** What is a partner's own; the rest of its subgraph is the same for every partner. */
export type PartnerDefinitie = Omit<SubgraphDefinitie, 'entiteitTypen' | 'referenceResolvers' | 'isLeeg'>;

/**
 * A partner's subgraph from what is its own (its entities, migrations, resolvers, seed, hooks): adds the
 * federated Huishouden and Persoon with their reference resolvers, the link tables (`dossier`, `client`),
 * the verstrekkingenlog and the witnessed checkpoints with their migrations and routes (`GET /verstrekkingenlog/:grant`,
 * `POST /getuige`, part of the partner contract), and counts the database empty while it has no dossier.
 */
export function definieerPartner(eigen: PartnerDefinitie): SubgraphDefinitie {
  const { Huishouden, Persoon } = partnerTypen(eigen.naam);
  return {
    ...eigen,
    entities: [Verstrekking, Dossier, Client, GetuigdCheckpoint, ...eigen.entities],
    // typeorm runs migrations in the order of their timestamps, not of this list
    migrations: [Koppeling1763900000000, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000, BewaartaakGeenSuperuser1796220000000, GetuigdeCheckpoints1796300000000, GebruikteGrants1796300000400, ...eigen.migrations],
    entiteitTypen: [Huishouden, Persoon],
    referenceResolvers: {
      Huishouden: { __resolveReference: resolveHuishoudenReference },
      Persoon: { __resolveReference: resolvePersoonReference },
    },
    routes: (app, hulp) => {
      verstrekkingenlogRoute(app, hulp);
      getuigeRoute(app, hulp);
      eigen.routes?.(app, hulp);
    },
    isLeeg: async (dataSource: DataSource) => (await dataSource.getRepository(Dossier).count()) === 0,
  };
}
