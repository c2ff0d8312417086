import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

import { Onderzoeksstatus } from './enums';

@ObjectType({ description: 'Onderzoek van Veilig Thuis, op een wettelijke grondslag' })
@Entity('onderzoek')
@Index('IDX_onderzoek_dossier', ['dossierId'])
export class Onderzoek extends DossierOnderdeel {
  @Field(() => Onderzoeksstatus)
  @Categorie('veiligheid')
  @Column('text')
  status!: Onderzoeksstatus;

  @Field({ description: 'Wettelijke grondslag, bijvoorbeeld Wmo 2015 art. 4.1.1 lid 2' })
  @Categorie('veiligheid')
  @Column('text')
  grondslag!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'gestart_op' })
  gestartOp!: string;

  @Field(() => String, { nullable: true })
  @Categorie('veiligheid')
  @Column('text', { nullable: true })
  conclusie!: string | null;

  // null only for an onderzoek recorded before onderzoekers were kept: it confirms no registration
  @Field(() => String, { nullable: true, description: 'Identiteit (subject) van de onderzoeker van Veilig Thuis' })
  @Categorie('veiligheid')
  @Column('text', { nullable: true })
  onderzoeker!: string | null;
}
