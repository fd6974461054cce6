import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the goals like a draft; all given conditions must hold.' })
export class GoalLikeFilter {
  @Field(() => String, { nullable: true, description: 'Leave out the goals of this municipality (code), e.g. the user\'s own; its organisations\' goals count as its own.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'Only goals of municipalities (and organisations) in this county (code).' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: 'Only goals about this theme (id; includes its subthemes).' })
  theme?: string | null;
}
