import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'A body other than a municipality that publishes documents: region, county board, company, university…' })
export class Organisation {
  @Field(() => String, { description: 'Stable id derived from the name, e.g. "region-gavleborg".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'One of: region, länsstyrelse, company, university, national, other.' })
  kind!: string;

  municipalityCode!: string | null;
  countyCode!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class OrganisationConnection extends Connection(Organisation, 'Organisation') {}
