import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of goals; all given conditions must hold.' })
export class GoalFilter {
  @Field(() => String, { nullable: true, description: 'Municipality code.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'County code.' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme id (includes its subthemes).' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'vision, inriktningsmål, mål or aktivitet.' })
  level?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only goals with a measurable target.' })
  measurable?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Kind of the document the goal stands in.' })
  documentKind?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the actor, e.g. "upphandling".' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text condition on the goal text, same syntax as `search`; orders by relevance.' })
  text?: string | null;
}

