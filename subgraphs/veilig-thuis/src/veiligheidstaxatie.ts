import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Taxatie van acute en structurele onveiligheid' })
@Entity('veiligheidstaxatie')
export class Veiligheidstaxatie {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_veiligheidstaxatie_dossier')
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('veiligheid')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('boolean', { name: 'acute_onveiligheid' })
  acuteOnveiligheid!: boolean;

  @Field()
  @Categorie('veiligheid')
  @Column('boolean', { name: 'structurele_onveiligheid' })
  structureleOnveiligheid!: boolean;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  toelichting!: string;
}
