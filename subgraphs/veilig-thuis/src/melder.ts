import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who made a melding: a separate, protected record that never leaves Veilig Thuis by policy. */
@ObjectType({ description: 'Wie de melding deed; wordt nooit buiten Veilig Thuis gedeeld' })
@Entity('melder')
export class Melder {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field()
  @Categorie('melder')
  @Column('text')
  naam!: string;

  @Field({ description: 'Bijvoorbeeld buurvrouw, leerkracht, huisarts' })
  @Categorie('melder')
  @Column('text', { name: 'relatie_tot_gezin' })
  relatieTotGezin!: string;

  @Field(() => String, { nullable: true })
  @Categorie('melder')
  @Column('text', { nullable: true })
  telefoonnummer!: string | null;
}
