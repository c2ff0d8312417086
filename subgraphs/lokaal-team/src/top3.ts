import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';

/** Zorgen and krachten are resolved from their own tables (top3.resolver.ts). */
@ObjectType({ description: 'Top3 op één moment: zorgen, krachten en veiligheidscijfer' })
@Entity('top3')
@Check('CHK_top3_veiligheidscijfer', '"veiligheidscijfer" BETWEEN 0 AND 10')
@Index('IDX_top3_dossier', ['dossierId'])
export class Top3 extends DossierOnderdeel {
  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field(() => Int, { nullable: true, description: 'Hoe veilig het nu is, van 0 (acuut onveilig) tot 10 (voldoende veilig): deel van de Top3, met haar categorie' })
  @Categorie('hulpverlening')
  @Column('integer')
  veiligheidscijfer!: number;
}
