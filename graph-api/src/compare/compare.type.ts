import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.type.js';
import { Theme } from '../theme/theme.type.js';

@ObjectType({ simpleResolvers: true, description: 'One municipality on one theme in a comparison; its goals on the theme are one field away.' })
export class ComparisonCell {
  @Field(() => Municipality)
  municipality!: Municipality;

  @Field(() => Float, { description: 'Sum of the theme weights of the municipality\'s documents; 0 when not covered.' })
  weight!: number;

  @Field(() => Int)
  documentCount!: number;

  @Field(() => Int)
  goalCount!: number;

  @Field(() => Boolean, { description: 'True when at least one document addresses the theme or one goal is about it.' })
  covered!: boolean;

  themeId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One theme across the compared municipalities, cells in the order of Comparison.municipalities.' })
export class ComparisonRow {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => [ComparisonCell])
  cells!: ComparisonCell[];
}

@ObjectType({ simpleResolvers: true, description: 'A theme some of the compared municipalities cover and others do not.' })
export class ComparisonGap {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => [Municipality])
  coveredBy!: Municipality[];

  @Field(() => [Municipality])
  missing!: Municipality[];
}

@ObjectType({ simpleResolvers: true, description: 'Municipalities side by side: the theme matrix, goals per theme, and the gaps.' })
export class Comparison {
  @Field(() => [Municipality], { description: 'In the order the codes were given.' })
  municipalities!: Municipality[];

  @Field(() => [ComparisonRow], { description: 'The theme matrix: one row per theme, strongest overall first.' })
  rows!: ComparisonRow[];

  @Field(() => [Theme], { description: 'Themes every compared municipality covers.' })
  shared!: Theme[];

  @Field(() => [ComparisonGap])
  gaps!: ComparisonGap[];
}
