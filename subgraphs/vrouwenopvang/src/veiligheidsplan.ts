import { Categorie, ClientOnderdeel } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';

/** One plan per person, kept up to date: the shelter's safety plan with the person it protects. */
@ObjectType({ description: 'Veiligheidsplan dat de vrouwenopvang met de persoon maakte' })
@Entity('veiligheidsplan')
@Index('IDX_veiligheidsplan_client', ['clientId'], { unique: true })
export class Veiligheidsplan extends ClientOnderdeel {
  @Field()
  @Categorie('veiligheid')
  @Column('date', { name: 'bijgewerkt_op' })
  bijgewerktOp!: string;

  @Field(() => [String], { description: 'Wanneer het onveilig wordt, in de woorden van de persoon' })
  @Categorie('veiligheid')
  @Column('text', { array: true })
  signalen!: string[];

  @Field(() => [String])
  @Categorie('veiligheid')
  @Column('text', { array: true })
  afspraken!: string[];
}
