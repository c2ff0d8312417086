import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { alleenPrivacyfunctionaris } from './privacyfunctionaris';
import { Beoordelingsfilter, Beoordelingsitem } from './beoordelingsitem';
import { beoordelingsitems } from './beoordelingsitems';
import { legRegistratieVast } from './registratie';

// a conclusion someone else can weigh: was the access (or the objection) right, and what follows
const MINIMALE_CONCLUSIE = 20;

const fout = (bericht: string) => new GraphQLError(bericht, { extensions: { code: 'BAD_USER_INPUT' } });

function dag(waarde: string, veld: string): Date {
  const d = new Date(`${waarde}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(waarde) || Number.isNaN(d.getTime())) throw fout(`${veld} is een datum als JJJJ-MM-DD`);
  return d;
}

/** An item concerns an organisation when its professional raadpleegde, or its data was disclosed. */
const betreft = (item: Beoordelingsitem, organisatie: string | null) => organisatie !== null && (item.organisatie === organisatie || item.partners.includes(organisatie));

@Resolver(() => Beoordelingsitem)
export class BeoordelingsitemResolver {
  @Query(() => [Beoordelingsitem], { description: 'Voor de privacyfunctionaris: wat de eigen organisatie aangaat, per doorbraak, wettelijke betrokkenheid of bezwaar van een gezinslid; open eerst, afgesloten met hun conclusie' })
  @Categorie('grondslag')
  async beoordelingen(@Arg('filter', () => Beoordelingsfilter, { nullable: true }) filter: Beoordelingsfilter | null, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Beoordelingsitem[]> {
    alleenPrivacyfunctionaris(grant.rol);
    const vanaf = filter?.vanaf ? dag(filter.vanaf, 'vanaf') : null;
    const tot = filter?.totEnMet ? new Date(dag(filter.totEnMet, 'tot en met').getTime() + 86_400_000) : null;
    if (filter?.soort && !['doorbraak', 'wettelijk', 'bezwaar'].includes(filter.soort)) throw fout('soort is doorbraak, wettelijk of bezwaar');
    return (await beoordelingsitems(dataSource.manager)).filter((i) => betreft(i, grant.organisatie)
      && (!filter?.soort || i.soort === filter.soort)
      && (!filter?.organisatie || i.organisatie === filter.organisatie)
      && (filter?.open == null || (i.conclusie === null) === filter.open)
      && (!vanaf || i.tot >= vanaf) && (!tot || i.van < tot));
  }

  @Mutation(() => Beoordelingsitem, { description: 'Sluit een beoordeling af met een conclusie; die komt zelf in het toegangslog en het item blijft met de conclusie zichtbaar' })
  @Categorie('grondslag')
  async sluitBeoordeling(@Arg('item') id: string, @Arg('conclusie') conclusie: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Beoordelingsitem> {
    alleenPrivacyfunctionaris(grant.rol);
    if (conclusie.trim().length < MINIMALE_CONCLUSIE) throw fout(`Schrijf de conclusie uit (minstens ${MINIMALE_CONCLUSIE} tekens): was de toegang terecht, en wat volgt eruit?`);
    return dataSource.transaction(async (m) => {
      const item = (await beoordelingsitems(m)).find((i) => i.id === id && betreft(i, grant.organisatie));
      if (!item) throw fout('Deze beoordeling bestaat niet, of gaat uw organisatie niet aan');
      if (item.conclusie !== null) throw fout('Deze beoordeling is al afgesloten');
      const grondslag = id.split('#')[0];
      await legRegistratieVast(m, grant, 'beoordeling', [item.huishouden], [], { grondslag, volgnummers: item.volgnummers, conclusie: conclusie.trim() });
      return { ...item, conclusie: conclusie.trim(), beoordeeldDoor: grant.sub, beoordeeldOp: new Date() };
    });
  }
}
