import { Field, InputType, Int } from 'type-graphql';
import { SearchHitKind, SearchMode } from './search.type.js';

@InputType({ description: 'Narrows a search; all given conditions must hold.' })
export class SearchFilter {
  @Field(() => [SearchHitKind], { nullable: true, description: 'Only these kinds of hits (default both).' })
  kinds?: SearchHitKind[] | null;

  @Field(() => SearchMode, { nullable: true, description: 'ANY (default) or ALL of the words must match.' })
  mode?: SearchMode | null;

  @Field(() => String, { nullable: true, description: 'Municipality code.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'County code.' })
  county?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme id: documents addressing it, goals about it (subthemes included).' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Document kind.' })
  documentKind?: string | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;
}
