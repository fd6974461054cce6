import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../pagination/connection.js';
import { Goal } from './goal.type.js';

export enum GoalLikeEngine {
  SIMILAR = 'SIMILAR',
  FULLTEXT = 'FULLTEXT',
}
registerEnumType(GoalLikeEngine, {
  name: 'GoalLikeEngine',
  description: 'What answered a goalsLike query.',
  valuesConfig: {
    SIMILAR: { description: 'The similar-goal engine the linker uses (the same scores as Goal.similar).' },
    FULLTEXT: { description: 'The full-text index, while the engine is being built: goals with the draft\'s words, scored by the overlap of their word stems.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A stored goal like a draft, with how alike and why.' })
export class GoalLikeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Goal)
  node!: Goal;

  @Field(() => Float, { description: 'Similarity to the draft, 0..1.' })
  score!: number;

  @Field(() => [String], { description: 'The words the goal shares with the draft, as the goal writes them (a compound part or synonym the goal does not write as a word: as the draft does), strongest first.' })
  sharedTerms!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Goals like a draft, most alike first.' })
export class GoalLikeConnection {
  @Field(() => [GoalLikeEdge])
  edges!: GoalLikeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Matches under the filter among the best candidates (at most 500).' })
  totalCount!: number;

  @Field(() => GoalLikeEngine, { description: 'SIMILAR, or FULLTEXT while the similarity engine is still being built.' })
  engine!: GoalLikeEngine;
}
