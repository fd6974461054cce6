import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../pagination/connection.js';
import { Municipality } from '../municipality/municipality.type.js';

@ObjectType({ simpleResolvers: true, description: 'A municipality that addresses a theme, with how strongly; its goals on the theme are one field away.' })
export class ThemeMunicipalityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Municipality)
  node!: Municipality;

  @Field(() => Float, { description: 'Sum of the theme weights of the municipality\'s documents; the ranking key.' })
  weight!: number;

  @Field(() => Float, { description: 'Weight relative to the top-ranked municipality, 0..1.' })
  share!: number;

  @Field(() => Int)
  documentCount!: number;

  @Field(() => Int)
  goalCount!: number;

  themeId!: string;
}

@ObjectType({ simpleResolvers: true })
export class ThemeMunicipalityConnection {
  @Field(() => [ThemeMunicipalityEdge])
  edges!: ThemeMunicipalityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
