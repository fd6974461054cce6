import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection, PageInfo } from '../pagination/connection.js';

@ObjectType({ simpleResolvers: true, description: 'The measurable part of a goal, e.g. "topp 5 i Svenskt Näringslivs ranking".' })
export class MeasurableTarget {
  @Field(() => String, { description: 'The phrase that carries the target.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'number, percentage, ranking, benchmark (a published level such as the national average) or deadline.' })
  kind!: string | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: 'Deadline year, e.g. 2025.' })
  deadline!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Something a municipality or one of its units says it shall achieve or do.' })
export class Goal {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Who shall act: kommunen, förvaltningen, näringslivsenheten, upphandlingen…' })
  actor!: string | null;

  @Field(() => String, { description: 'vision, inriktningsmål, mål or aktivitet.' })
  level!: string;

  @Field(() => Boolean, { description: 'True when the goal carries a measurable target.' })
  measurable!: boolean;

  @Field(() => MeasurableTarget, { nullable: true })
  target!: MeasurableTarget | null;

  @Field(() => Int, { nullable: true, description: 'Deadline year, when the goal names one.' })
  deadline!: number | null;

  @Field(() => String, { nullable: true, description: 'Heading of the section the goal stands in.' })
  section!: string | null;

  @Field(() => Int, { description: '0-based order of the goal within its document.' })
  position!: number;

  @Field(() => Int, { description: 'Offset of the goal\'s source in Document.text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int)
  end!: number;

  documentId!: string;
  municipalityCode!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class GoalConnection extends Connection(Goal, 'Goal') {}

@ObjectType({ simpleResolvers: true, description: 'A goal similar to another, with why.' })
export class SimilarGoalEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Goal)
  node!: Goal;

  @Field(() => Float, { description: 'Similarity, 0..1.' })
  score!: number;

  @Field(() => [String], { description: 'The terms both goals share that explain the similarity.' })
  sharedTerms!: string[];
}

@ObjectType({ simpleResolvers: true })
export class SimilarGoalConnection {
  @Field(() => [SimilarGoalEdge])
  edges!: SimilarGoalEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
