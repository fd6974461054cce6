import { Field, InputType, Int, registerEnumType } from 'type-graphql';

export enum DocumentOrder {
  TITLE = 'TITLE',
  YEAR_DESC = 'YEAR_DESC',
  RECENT = 'RECENT',
}
registerEnumType(DocumentOrder, {
  name: 'DocumentOrder',
  valuesConfig: {
    TITLE: { description: 'Alphabetical by title (default).' },
    YEAR_DESC: { description: 'Newest year first; documents without a year last.' },
    RECENT: { description: 'Most recently ingested first.' },
  },
});

@InputType({ description: 'Narrows a list of documents; all given conditions must hold.' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'Municipality code: documents published by it or by one of its organisations.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'County code.' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation id.' })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme id (includes its subthemes).' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Document kind, e.g. "strategi".' })
  kind?: string | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only documents with a body text; false: only title-only documents.' })
  hasText?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text condition on title and text, same syntax as `search`; when given, the list is ordered by relevance.',
  })
  text?: string | null;
}
