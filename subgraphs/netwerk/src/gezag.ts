import { Entity, PrimaryColumn } from 'typeorm';

/** Who holds parental authority (gezag) over a minor: decides who may consent for the child. */
@Entity('gezag')
export class Gezag {
  @PrimaryColumn('uuid', { name: 'kind_id' })
  kindId!: string;

  @PrimaryColumn('uuid', { name: 'gezaghebbende_id' })
  gezaghebbendeId!: string;
}
