import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

@ObjectType({ description: 'Plan van aanpak van de jeugdbeschermer bij de uitvoering van de maatregel' })
@Entity('plan_van_aanpak')
@Index('IDX_plan_van_aanpak_dossier', ['dossierId'], { unique: true })
export class PlanVanAanpak extends DossierOnderdeel {
  @Field(() => [String])
  @Categorie('hulpverlening')
  @Column('text', { array: true })
  doelen!: string[];

  @Field({ description: 'Datum waarop het plan met het gezin is vastgesteld' })
  @Categorie('hulpverlening')
  @Column('date', { name: 'vastgesteld_op' })
  vastgesteldOp!: string;
}
