import { Categorie, Client, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { Maatregelsoort } from './enums';

@ObjectType({ description: 'Een door de rechter uitgesproken maatregel die de GI uitvoert' })
@Entity('maatregel')
@Index('IDX_maatregel_dossier', ['dossierId'])
export class Maatregel extends DossierOnderdeel {
  @Column('integer', { name: 'client_id', nullable: true })
  clientId!: number | null;

  @ManyToOne(() => Client)
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Field(() => Maatregelsoort)
  @Categorie('maatregelkader')
  @Column('text')
  soort!: Maatregelsoort;

  @Field({ description: 'Datum van de uitspraak van de rechter' })
  @Categorie('maatregelkader')
  @Column('date')
  uitspraakdatum!: string;

  @Field({ description: 'Kenmerk van de beschikking, bijvoorbeeld C/99/000123 / JE RK 26-123' })
  @Categorie('maatregelkader')
  @Column('text')
  uitspraakkenmerk!: string;

  @Field()
  @Categorie('maatregelkader')
  @Column('date')
  ingangsdatum!: string;

  @Field(() => String, { nullable: true, description: 'Einde van de looptijd; leeg bij voogdij, die loopt tot de meerderjarigheid' })
  @Categorie('maatregelkader')
  @Column('date', { nullable: true })
  einddatum!: string | null;
}
