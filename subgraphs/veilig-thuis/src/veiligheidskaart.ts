import { Categorie, Dossier } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Korte feitelijke samenvatting van de huidige veiligheid, gedeeld met huishouden en partners' })
@Entity('veiligheidskaart')
export class Veiligheidskaart {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_veiligheidskaart_dossier', { unique: true })
  @Column('integer', { name: 'dossier_id' })
  dossierId!: number;

  @ManyToOne(() => Dossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Dossier;

  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field()
  @Categorie('veiligheid')
  @Column('text')
  situatie!: string;

  @Field(() => [String])
  @Categorie('veiligheid')
  @Column('text', { array: true })
  veiligheidsafspraken!: string[];
}
