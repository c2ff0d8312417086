import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** Doelen, afspraken and versies are resolved from their own tables (gezinsplan.resolver.ts). */
@ObjectType({ description: 'Het ene plan voor het hele huishouden: doelen, afspraken en de versies waarin het is vastgesteld' })
@Entity('gezinsplan')
@Index('IDX_gezinsplan_dossier', ['dossierId'], { unique: true })
export class Gezinsplan extends DossierOnderdeel {
  @Field({ description: 'Datum waarop het plan met het huishouden is vastgesteld (de laatste versie)' })
  @Categorie('hulpverlening')
  @Column('date', { name: 'vastgesteld_op' })
  vastgesteldOp!: string;
}
