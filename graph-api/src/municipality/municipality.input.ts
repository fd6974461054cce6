import { Field, InputType, registerEnumType } from 'type-graphql';

export enum MunicipalityOrder {
  NAME = 'NAME',
  DOCUMENTS = 'DOCUMENTS',
}
registerEnumType(MunicipalityOrder, {
  name: 'MunicipalityOrder',
  valuesConfig: { NAME: { description: 'Alphabetical (default).' }, DOCUMENTS: { description: 'Most documents first.' } },
});

@InputType({ description: 'Narrows the list of municipalities; all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'County code, e.g. "14".' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme id: municipalities with a document addressing the theme (or a subtheme).' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive), or a code.' })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only municipalities with documents; false: only those without.' })
  hasDocuments?: boolean | null;
}
