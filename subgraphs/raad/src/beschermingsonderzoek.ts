import { Categorie, Client, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { Beschermingsonderzoekstatus } from './enums';

/** (id, onderzoeker) is unique so verzoeken and toetsen can reference the onderzoeker along with the id. */
@ObjectType({ description: 'Onderzoek van de Raad naar de noodzaak van een kinderbeschermingsmaatregel' })
@Entity('beschermingsonderzoek')
@Unique('UQ_beschermingsonderzoek_id_onderzoeker', ['id', 'onderzoeker'])
@Index('IDX_beschermingsonderzoek_dossier', ['dossierId'])
export class Beschermingsonderzoek extends DossierOnderdeel {
  @Column('integer', { name: 'client_id', nullable: true })
  clientId!: number | null;

  @ManyToOne(() => Client)
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Field()
  @Categorie('justitieel')
  @Column('text')
  aanleiding!: string;

  @Field()
  @Categorie('justitieel')
  @Column('text')
  onderzoeksvraag!: string;

  @Field(() => Beschermingsonderzoekstatus)
  @Categorie('justitieel')
  @Column('text')
  status!: Beschermingsonderzoekstatus;

  @Field()
  @Categorie('justitieel')
  @Column('date', { name: 'gestart_op' })
  gestartOp!: string;

  @Field(() => String, { nullable: true })
  @Categorie('justitieel')
  @Column('text', { nullable: true })
  conclusie!: string | null;

  @Field({ description: 'Identiteit (subject) van de raadsonderzoeker' })
  @Categorie('justitieel')
  @Column('text')
  onderzoeker!: string;
}
