import { Categorie, DossierOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** Factoren and patronen are resolved from their own tables (verklarende-analyse.resolver.ts). */
@ObjectType({ description: 'Onderliggende factoren en patronen, samen met het huishouden opgesteld' })
@Entity('verklarende_analyse')
@Index('IDX_verklarende_analyse_dossier', ['dossierId'], { unique: true })
export class VerklarendeAnalyse extends DossierOnderdeel {
  @Field()
  @Categorie('hulpverlening')
  @Column('date')
  datum!: string;

  @Field({ description: 'Wie de analyse maakte, bijvoorbeeld een gedragswetenschapper samen met het gezin' })
  @Categorie('hulpverlening')
  @Column('text', { name: 'opgesteld_door' })
  opgesteldDoor!: string;
}
