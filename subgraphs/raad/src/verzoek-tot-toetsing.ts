import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Beschermingsonderzoek } from './beschermingsonderzoek';

@ObjectType({ description: 'Verzoek aan de Raad om een voorgestelde maatregel onafhankelijk te toetsen' })
@Entity('verzoek_tot_toetsing')
@Unique('UQ_verzoek_tot_toetsing_id_onderzoeker', ['id', 'onderzoeker'])
export class VerzoekTotToetsing {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_verzoek_tot_toetsing_beschermingsonderzoek')
  @Column('integer', { name: 'beschermingsonderzoek_id' })
  beschermingsonderzoekId!: number;

  /** The onderzoek's onderzoeker, held equal by the composite foreign key (ON UPDATE CASCADE). */
  @Column('text')
  onderzoeker!: string;

  @ManyToOne(() => Beschermingsonderzoek, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    { name: 'beschermingsonderzoek_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_verzoek_tot_toetsing_beschermingsonderzoek' },
    { name: 'onderzoeker', referencedColumnName: 'onderzoeker' },
  ])
  beschermingsonderzoek?: Beschermingsonderzoek;

  @Field({ description: 'Organisatie en team die de maatregel voorstellen' })
  @Categorie('justitieel')
  @Column('text', { name: 'ingediend_door' })
  ingediendDoor!: string;

  @Field()
  @Categorie('justitieel')
  @Column('date')
  datum!: string;

  @Field()
  @Categorie('justitieel')
  @Column('text', { name: 'voorgestelde_maatregel' })
  voorgesteldeMaatregel!: string;
}
