import { Categorie } from '@netwerkdossier/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A household, known to the network only by its pseudonym. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Een huishouden, in het netwerk alleen bekend onder een pseudoniem' })
@Entity('huishouden')
export class Huishouden {
  @Field(() => ID)
  @Categorie('pseudoniem')
  @PrimaryColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' })
  aangemaaktOp!: Date;
}
