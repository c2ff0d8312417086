import { BEVESTIGENDE_ROLLEN, Categorie, Grant } from '@netwerkdossier/shared';
import { EntityManager } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

import { Betrokkenheid } from './betrokkenheid';
import { Betrokkenheidsvorm } from './enums';
import { legRegistratieVast } from './toegangslog/registratie';

/** The doel (policies/doelen.yaml) under which one confirms, and sees what awaits confirmation. */
const DOEL = 'bevestiging';

/** Why this caller may not confirm, nor see what awaits confirmation; null for a confirming role under the doel bevestiging. */
export function bezwaarTegenBevestiger(grant: Grant): string | null {
  if (!BEVESTIGENDE_ROLLEN.includes(grant.rol)) return `de rol ${grant.rol} bevestigt geen betrokkenheden; dat doet een teamleider of gedragswetenschapper`;
  if (grant.doel !== DOEL) return `bevestigen doet u met het doel ${DOEL}, niet ${grant.doel}`;
  return null;
}

/**
 * A colleague's statutory betrokkenheid that waits for confirmation, as the confirmer weighs it: the household
 * by its pseudonym only (the confirmer sees no dossier content), who registered it, and on what grondslag.
 */
@ObjectType({ description: 'Een onderzoek of maatregel van een ander uit het eigen team dat op bevestiging wacht; het huishouden alleen als pseudoniem' })
export class TeBevestigen {
  @Field(() => ID, { description: 'De betrokkenheid, om te bevestigen met bevestigBetrokkenheid' })
  @Categorie('pseudoniem')
  betrokkenheid!: string;

  @Field(() => ID, { description: 'Pseudoniem van het huishouden' })
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => Betrokkenheidsvorm)
  @Categorie('grondslag')
  vorm!: Betrokkenheidsvorm;

  @Field({ description: 'Identiteit (subject) van wie de betrokkenheid registreerde' })
  @Categorie('grondslag')
  registrant!: string;

  @Field()
  @Categorie('grondslag')
  team!: string;

  @Field()
  @Categorie('grondslag')
  vanaf!: string;

  @Field(() => String, { nullable: true, description: 'Wettelijke grondslag van een onderzoek' })
  @Categorie('grondslag')
  grondslag!: string | null;

  @Field(() => String, { nullable: true, description: 'De schriftelijke afweging van proportionaliteit en subsidiariteit van een onderzoek' })
  @Categorie('grondslag')
  afweging!: string | null;

  @Field(() => String, { nullable: true, description: 'Kenmerk van de uitspraak van de rechter bij een maatregel' })
  @Categorie('grondslag')
  uitspraakkenmerk!: string | null;

  @Field({ description: 'Wanneer geregistreerd' })
  @Categorie('grondslag')
  geregistreerdOp!: Date;
}

/** What a confirmer sees of a waiting betrokkenheid. */
export function alsTeBevestigen(b: Betrokkenheid): TeBevestigen {
  const { id, huishoudenId, vorm, professional, team, vanaf, grondslag, afweging, uitspraakkenmerk, geregistreerdOp } = b;
  return { betrokkenheid: id, huishouden: huishoudenId, vorm, registrant: professional, team, vanaf, grondslag, afweging, uitspraakkenmerk, geregistreerdOp };
}

/**
 * Records the confirmation of a statutory betrokkenheid, by whom (a sub, or `dossier:<organisatie>`) and on
 * what (a kenmerk, or the confirmer's role), in the toegangslog: in the transaction that stores it.
 */
export async function legBevestigingVast(m: EntityManager, grant: Grant, b: Betrokkenheid): Promise<void> {
  await legRegistratieVast(m, grant, 'bevestiging', [b.huishoudenId], [], {
    betrokkenheid: b.id, registrant: b.professional, organisatie: b.organisatie, vorm: b.vorm, bevestigdDoor: b.bevestigdDoor, bevestigdMet: b.bevestigdMet, bevestigdOp: b.bevestigdOp,
  });
}
