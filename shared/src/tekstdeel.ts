import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

import { Categorie } from './categorie';

/** The `betreft` of a part attributed to persons (betreft.ts): the pseudonyms of the members it concerns. */
export function Betreft(): PropertyDecorator {
  return (doel, naam) => {
    // in the order decorators written above one another apply: the column, the category, the field
    Column('text', { array: true })(doel, naam);
    Categorie('pseudoniem')(doel, naam);
    Field(() => [ID], { description: 'De gezinsleden (pseudoniemen) over wie dit deel gaat; te zien waar het voor elk van hen te zien is. Leeg: het hele huishouden' })(doel, naam);
  };
}

/** The fields of a part that is one line of text. */
export interface TekstdeelVelden {
  id: number;
  tekst: string;
  betreft: string[];
}

type TekstdeelKlasse = abstract new () => TekstdeelVelden;
const TEKSTDELEN = new Map<Categorie, TekstdeelKlasse>();

/**
 * The base of a part that is one line of text (a zorg of a Top3, a besluit of an MDO, a veiligheidsafspraak),
 * in the category of the record it belongs to. Each subclass is one table, with its parent's key and index;
 * one base per category, so type-graphql finds its fields through the subclass.
 */
export function Tekstdeel(categorie: Categorie): TekstdeelKlasse {
  let klasse = TEKSTDELEN.get(categorie);
  if (!klasse) {
    @ObjectType(`Tekstdeel_${categorie}`)
    abstract class Deel implements TekstdeelVelden {
      @PrimaryGeneratedColumn()
      id!: number;

      @Field(() => String, { nullable: true })
      @Categorie(categorie)
      @Column('text')
      tekst!: string;

      @Betreft()
      betreft!: string[];
    }
    klasse = Deel;
    TEKSTDELEN.set(categorie, klasse);
  }
  return klasse;
}
