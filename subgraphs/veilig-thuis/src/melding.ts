import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';

import { Melder } from './melder';

@ObjectType({ description: 'Een melding bij Veilig Thuis' })
@Entity('melding')
@Index('IDX_melding_dossier', ['dossierId'])
export class Melding extends DossierOnderdeel {
  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'ontvangen_op' })
  ontvangenOp!: string;

  @Field({ description: 'Aard van de zorg, bijvoorbeeld huiselijk geweld of kindermishandeling' })
  @Categorie('veiligheid')
  @Column('text')
  aard!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  omschrijving!: string;

  @Column('integer', { name: 'melder_id', nullable: true })
  melderId!: number | null;

  @OneToOne(() => Melder)
  @JoinColumn({ name: 'melder_id', foreignKeyConstraintName: 'FK_melding_melder' })
  melderRecord?: Melder;
}
