import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/connection.js';
import { Theme } from '../theme/theme.type.js';

@ObjectType({ simpleResolvers: true, description: 'One of Sweden\'s 290 municipalities (kommuner).' })
export class Municipality {
  @Field(() => String, { description: 'SCB municipality code, four digits, e.g. "1441" (Lerum).' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Latitude of the municipal seat (WGS 84).' })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the municipal seat (WGS 84).' })
  lon!: number | null;

  countyCode!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class MunicipalityConnection extends Connection(Municipality, 'Municipality') {}

@ObjectType({ simpleResolvers: true, description: 'How much a municipality (or a document set) is about one theme.' })
export class ThemeWeight {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Float, { description: 'Sum of the theme weights of the documents concerned.' })
  weight!: number;

  @Field(() => Float, { description: 'Weight relative to the strongest theme of the same profile, 0..1.' })
  share!: number;

  @Field(() => Int, { description: 'Documents that address the theme.' })
  documentCount!: number;

  @Field(() => Int, { description: 'Goals about the theme.' })
  goalCount!: number;
}
