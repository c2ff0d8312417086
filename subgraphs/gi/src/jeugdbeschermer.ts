import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'De jeugdbeschermer of jeugdreclasseerder van de GI die het gezin begeleidt' })
@Entity('jeugdbeschermer')
export class Jeugdbeschermer {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_jeugdbeschermer_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('hulpverlening')
  @Column('text')
  naam!: string;

  @Field({ description: 'Zakelijk telefoonnummer van de jeugdbeschermer' })
  @Categorie('hulpverlening')
  @Column('text')
  telefoonnummer!: string;
}
