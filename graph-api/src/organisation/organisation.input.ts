import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'region, länsstyrelse, company, university, national or other.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality code the organisation is part of.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'County code the organisation belongs to (directly or through its municipality).' })
  county?: string | null;
}
