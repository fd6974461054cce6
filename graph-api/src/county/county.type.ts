import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'A county (län).' })
export class County {
  @Field(() => String, { description: 'SCB county code, two digits, e.g. "14".' })
  code!: string;

  @Field(() => String, { description: 'e.g. "Västra Götalands län"' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The regional council governing the county, e.g. "Västra Götalandsregionen".' })
  region!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CountyConnection extends Connection(County, 'County') {}
