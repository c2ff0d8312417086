import { Categorie } from '@netwerkdossier/shared';
import { Field, ID } from 'type-graphql';
import { Column } from 'typeorm';

/** The `betreft` of a part attributed to persons (shared/src/betreft.ts): the pseudonyms of the members it concerns. */
export function Betreft(): PropertyDecorator {
  return (doel, naam) => {
    // in the order decorators written above one another apply: the column, the category, the field
    Column('text', { array: true })(doel, naam);
    Categorie('pseudoniem')(doel, naam);
    Field(() => [ID], { description: 'De gezinsleden (pseudoniemen) over wie dit deel gaat; te zien waar het voor elk van hen te zien is. Leeg: het hele huishouden' })(doel, naam);
  };
}
