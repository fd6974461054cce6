import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../pagination/connection.js';
import { Theme } from '../theme/theme.type.js';
import { Municipality } from './municipality.type.js';

@ObjectType({ simpleResolvers: true, description: 'A municipality close to another in what it writes about and in its goals.' })
export class SimilarMunicipalityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Municipality)
  node!: Municipality;

  @Field(() => Float, { description: 'Overall similarity 0..1: the mean of themeSimilarity and goalOverlap (themeSimilarity alone when no goal links exist).' })
  score!: number;

  @Field(() => Float, { description: 'Cosine similarity of the two theme profiles (summed ADDRESSES weights per theme), 0..1.' })
  themeSimilarity!: number;

  @Field(() => Float, { description: 'Similar-goal links between the two, relative to the best-linked candidate, 0..1.' })
  goalOverlap!: number;

  @Field(() => Int, { description: 'Number of SIMILAR_TO links between goals of the two municipalities.' })
  similarGoalCount!: number;

  @Field(() => [Theme], { description: 'Themes both address, strongest shared first.' })
  sharedThemes!: Theme[];
}

@ObjectType({ simpleResolvers: true })
export class SimilarMunicipalityConnection {
  @Field(() => [SimilarMunicipalityEdge])
  edges!: SimilarMunicipalityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
