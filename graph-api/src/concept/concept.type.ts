import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A concept of the thesaurus of municipal strategy (e.g. "bredband", with "fiber" and "uppkoppling" as other labels); goals mention concepts, concepts sit under broader ones and under themes.',
})
export class Concept {
  @Field(() => String, { description: 'Stable id, e.g. "broadband".' })
  id!: string;

  @Field(() => String, { description: 'The preferred Swedish label, e.g. "bredband".' })
  labelSv!: string;

  @Field(() => String, { description: 'The preferred English label.' })
  labelEn!: string;

  @Field(() => [String], { description: 'Other Swedish labels: synonyms and the phrasings a strategist writes.' })
  altLabels!: string[];

  @Field(() => String, { nullable: true, description: 'One Swedish sentence on what the concept means.' })
  definition!: string | null;

  broaderId!: string | null;
  themeIds!: string[];
}
